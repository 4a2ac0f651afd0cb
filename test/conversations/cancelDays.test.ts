/** Task success in conversation (taskTests.ts): cancelling days and reporting an absence, on both channels. */
import { bookingConversations } from './booking';
import { conversationTests } from './taskTests';

conversationTests(bookingConversations, ['cancel days', 'report absence']);
