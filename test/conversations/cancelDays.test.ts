/** Task success in conversation (taskTests.ts): cancelling days and reporting an absence, on both channels. */
import { bookingConversations } from './booking';
import { familyConversations } from './family';
import { conversationTests } from './taskTests';

conversationTests([...bookingConversations, ...familyConversations], ['cancel days', 'report absence']);
