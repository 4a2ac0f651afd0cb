/** Task success in conversation (taskTests.ts): seeing and paying invoices, e-invoices, on both channels. */
import { invoiceConversations } from './invoices';
import { conversationTests } from './taskTests';

conversationTests(invoiceConversations, ['view invoice', 'pay invoice (start)', 'e-invoice opt-in']);
