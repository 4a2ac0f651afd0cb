/** « Coordonnées »: a new e-mail confirmed by a code sent to it, the phone at once, the address as a request. */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const EMAIL = 'francoise.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});


describe('contact details', () => {
  it('shows them, then changes the e-mail after a code sent to the new address', async () => {
    const { c } = await signedInChat(chats, { email: EMAIL, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    const shown = c.text(await c.say('mes coordonnées'));
    expect(shown).toContain(`Vos coordonnées : e-mail ${EMAIL}, téléphone 06 12 34 56 78`);
    expect(shown).toContain('Que voulez-vous changer ?');
    expect(c.text(await c.say('E-mail'))).toContain('Quelle est votre adresse e-mail ?');
    expect(c.text(await c.say('f.durand@example.net'))).toContain('Je viens d\'envoyer un code à 6 chiffres à f.durand@example.net.');
    const code = lastCode(c.core.config.outboxDir, 'f.durand@example.net');
    const wrong = code === '000000' ? '111111' : '000000';
    expect(c.text(await c.say(wrong))).toContain('Il vous reste 4 essais.');
    expect(c.text(await c.say(code))).toContain('C\'est fait : votre adresse e-mail est maintenant f.durand@example.net.');
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'f.durand@example.net')).toBeDefined();
  });

  it('refuses an address another account already has, after the code', async () => {
    const { c } = await signedInChat(chats, { email: EMAIL, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'autre@example.org', civility: null, firstName: 'A', lastName: 'B', phone: null, address: null });
    await c.say('je veux changer mon adresse mail');
    await c.say('E-mail');
    await c.say('autre@example.org');
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, 'autre@example.org')))).toContain('est déjà utilisée par un autre espace');
  });

  it('changes the phone at once and turns a new postal address into a request with a reference', async () => {
    const { c } = await signedInChat(chats, { email: EMAIL, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    await c.say('modifier mon numéro de téléphone');
    await c.say('Téléphone');
    expect(c.text(await c.say('07 11 22 33 44'))).toContain('C\'est noté : votre numéro de téléphone est changé.');
    await c.say('mes coordonnées');
    await c.say('Adresse');
    const text = c.text(await c.say('8 allée des Lilas 78955 Carrières-sous-Poissy'));
    const reference = /\b(CSP-2026-\d{6})\b/.exec(text)?.[1];
    expect(reference).toBe('CSP-2026-000001');
    const row = c.core.db.$client.prepare('select kind, status, data from requests where reference = ?').get(reference) as { kind: string; status: string; data: string };
    expect(row.kind).toBe('contact_address');
    expect(row.status).toBe('submitted');
    expect(JSON.parse(row.data)).toMatchObject({ address: '8 allée des Lilas 78955 Carrières-sous-Poissy' });
  });
});
