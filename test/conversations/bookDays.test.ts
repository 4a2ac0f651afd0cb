/** Task success in conversation (taskTests.ts): booking days, on both channels. */
import { bookingConversations } from './booking';
import { conversationTests } from './taskTests';

conversationTests(bookingConversations, ['book days']);
