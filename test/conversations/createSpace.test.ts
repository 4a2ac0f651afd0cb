/** Task success in conversation (taskTests.ts): creating a space, on both channels. */
import { accountConversations } from './account';
import { conversationTests } from './taskTests';

conversationTests(accountConversations, ['create space']);
