import { startChat } from '../support/harness';
it('loads', () => { expect(typeof startChat).toBe('function'); });
