/** Task success in conversation (taskTests.ts): signing in and giving a family key, on both channels. */
import { accountConversations } from './account';
import { conversationTests } from './taskTests';

conversationTests(accountConversations, ['sign in', 'family key']);
