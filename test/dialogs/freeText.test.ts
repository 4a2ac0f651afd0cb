/** Free text at the menu: understood, said back, and sent to the right rubric and service. */
import { startChat, type Chat } from '../support/harness';

const CSP = { commune: 'carrieres-sous-poissy' };
const chats: Chat[] = [];
function chat(options: Parameters<typeof startChat>[0] = {}): Chat {
  const c = startChat(options);
  chats.push(c);
  return c;
}
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('free text at the menu', () => {
  // The harness clock: Wednesday 18 November 2026.
  it('says back what it understood, then asks to sign in and keeps the request for after', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('jveux annuler la cantine de Léa vendredi'));
    expect(text).toContain('J\'ai compris : vous voulez annuler une réservation pour la cantine le vendredi 20 novembre.');
    // The sign-in asked for that task (a cancellation), the request kept for after.
    expect(text).toContain(c.core.texts.for('fr', false, false)('booking.cancel.signInFirst', { keyName: 'Clé Enfance' }));
  });

  it('summarises a recurrence as a list of days', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('réserver l\'accueil du soir tous les mardis de décembre sauf le 22'));
    // Each Tuesday of December but the 22nd, the month said once (« les mardis 1er, 8, 15 et 29 décembre »).
    const said = text.split('\n').find((line) => line.startsWith('J\'ai compris')) ?? '';
    expect(said).toContain('accueil du soir');
    expect(said.match(/\d+(?:er)?/g)).toEqual(['1er', '8', '15', '29']);
    expect(said.match(/décembre/g)).toHaveLength(1);
    expect(said).toMatch(/mardi/);
  });

  it('starts the démarche it understood, its rules first', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('Bonjour, je voudrais un duplicata du livret de famille'));
    expect(text).toContain('Un second livret de famille est délivré à l\'un de ses titulaires');
    expect(text).toContain('Pourquoi demandez-vous un livret de famille ?');
  });

  it('answers « comment ça marche ? » with help and the menu', async () => {
    const c = chat();
    await c.join(CSP);
    const replies = await c.say('comment ça marche ?');
    expect(c.text(replies)).toContain('Je vous présente les rubriques du menu');
    // the menu again, as the card's buttons
    const buttons = replies.flatMap((r) => r.attachments ?? []).flatMap((a) => (a.content as { actions?: Array<{ data?: { menu?: string } }> }).actions ?? []);
    expect(buttons.map((b) => b.data?.menu)).toEqual(['createAccount', 'signIn', 'requests', 'info']);
  });

  it('still takes a menu label typed loosely', async () => {
    const c = chat();
    await c.join(CSP);
    expect(c.text(await c.say('infos'))).toContain('Voici les contacts utiles');
  });
});

