/** Task success in conversation (taskTests.ts): booking days, on both channels. */
import { bookingConversations } from './booking';
import { familyConversations } from './family';
import { conversationTests } from './taskTests';

conversationTests([...bookingConversations, ...familyConversations], ['book days']);
