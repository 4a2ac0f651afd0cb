/** Task success in conversation (taskTests.ts): opening hours, contacts and the guichet unique, on both channels. */
import { infoConversations } from './info';
import { conversationTests } from './taskTests';

conversationTests(infoConversations, ['opening hours', 'contacts', 'guichet unique']);
