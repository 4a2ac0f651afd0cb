/** Task success in conversation (taskTests.ts): civil-status acts, other démarches and following a request, on both channels. */
import { requestConversations } from './requests';
import { conversationTests } from './taskTests';

conversationTests(requestConversations, ['civil-status act', 'other démarche', 'follow request']);
