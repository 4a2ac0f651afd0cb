import { startChat } from '../support/harness';
it('one chat', async () => { const c = startChat(); await c.say('bonjour'); c.core.close(); expect(1).toBe(1); });
