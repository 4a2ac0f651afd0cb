/**
 * Conversations with the real bot (real dialogs, real SQLite state, French locale) through
 * botbuilder's TestAdapter: the commune, the menu, practical questions and the words that work
 * at any step.
 */
import type { Activity } from 'botbuilder';
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

const cardOf = (r: Partial<Activity>) => r.attachments?.[0]?.content as Record<string, unknown> | undefined;

describe('the commune', () => {
  it('asks for the commune when the channel does not say it, then remembers it', async () => {
    const c = chat();
    const hello = c.text(await c.join());
    expect(hello).toContain('Bonjour');
    expect(hello).toContain('Quelle est votre commune ?');
    const noted = c.text(await c.say('carrieres sous poissy'));
    expect(noted).toContain('C\'est noté : Carrières-sous-Poissy.');
    expect(noted).toContain('Que souhaitez-vous faire ?');
    // remembered: the next question is answered for that commune
    expect(c.text(await c.say('horaires de la régie le mardi'))).toContain('Régie centrale : le mardi, accueil de 8 h 30 à 12 h.');
  });

  it('matches a partial name, and asks again among the candidates when two communes fit', async () => {
    const c = chat();
    await c.join();
    const ambiguous = await c.say('Carrières');
    expect(c.text(ambiguous)).toContain('Plusieurs communes correspondent');
    const labels = ambiguous.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);
    expect(labels).toEqual(['Carrières-sous-Poissy', 'Carrières-sur-Seine']);
    // « 2 » is the second of the shortened list
    expect(c.text(await c.say('2'))).toContain('C\'est noté : Carrières-sur-Seine.');
  });

  it('says which communes it serves when the answer is unknown, and keeps asking', async () => {
    const c = chat();
    await c.join();
    const unknown = c.text(await c.say('Marseille'));
    expect(unknown).toContain('Je ne connais pas cette commune');
    expect(c.text(await c.say('chanteloup'))).toContain('C\'est noté : Chanteloup-les-Vignes.');
  });

  it('takes the commune from the channel data without asking', async () => {
    const c = chat();
    const hello = c.text(await c.join(CSP));
    expect(hello).toContain('Carrières-sous-Poissy');
    expect(hello).not.toContain('Quelle est votre commune ?');
    expect(hello).toContain('Que souhaitez-vous faire ?');
  });

  it('uses DEFAULT_COMMUNE for a single-commune deployment', async () => {
    const c = chat({ env: { DEFAULT_COMMUNE: 'chanteloup-les-vignes' } });
    const hello = c.text(await c.join());
    expect(hello).toContain('Chanteloup-les-Vignes');
    expect(hello).not.toContain('Quelle est votre commune ?');
  });

  it('« changer de commune » forgets the commune and asks again', async () => {
    const c = chat();
    await c.join(CSP);
    const asked = c.text(await c.say('changer de commune'));
    expect(asked).toContain('Quelle est votre commune ?');
    await c.say('Chanteloup-les-Vignes');
    expect(c.text(await c.say('horaires'))).toContain('Guichet unique (Espace Victor Hugo)');
  });
});

describe('a conversation that starts with a message (no conversationUpdate, as on SMS)', () => {
  it('greets, asks the commune, and answers the first question once the commune is known', async () => {
    const c = chat({ channelId: 'sms' });
    const first = c.text(await c.say('horaires de la régie le mercredi'));
    expect(first).toContain('Bonjour');
    expect(first).toContain('Quelle est votre commune ?');
    const answered = c.text(await c.say('Carrières-sous-Poissy'));
    // by SMS, the short form of the hours
    expect(answered).toContain('Régie centrale : le mercredi, accueil 8 h 30-12 h et 13 h 45-17 h 30.');
    expect(answered).not.toContain('Je n\'ai pas compris');
  });

  it('takes a first message that names the commune as the answer', async () => {
    const c = chat({ channelId: 'sms' });
    const text = c.text(await c.say('Chanteloup'));
    expect(text).toContain('Bonjour');
    expect(text).toContain('C\'est noté : Chanteloup-les-Vignes.');
    expect(text).toContain('1. Créer mon espace');
    expect(text).not.toContain('Quelle est votre commune ?');
  });

  it('answers « bonjour » with the greeting and the menu, not with « je n\'ai pas compris »', async () => {
    const c = chat();
    const text = c.text(await c.say({ text: 'Bonjour !', channelData: CSP }));
    expect(text).toContain('Bonjour ! Je suis l\'assistant');
    expect(text).toContain('Que souhaitez-vous faire ?');
    expect(text).not.toContain('Je n\'ai pas compris');
    // greeted once only
    expect(c.text(await c.say('bonjour'))).not.toContain('Je suis l\'assistant');
  });
});

describe('the menu', () => {
  it('sends a card with its text equivalent and speak text on Web Chat', async () => {
    const c = chat({ channelId: 'webchat' });
    const replies = await c.join(CSP);
    const menu = replies.find((r) => r.attachments?.length);
    expect(menu).toBeDefined();
    const card = cardOf(menu as Partial<Activity>) as { fallbackText: string; speak: string };
    for (const label of ['Créer mon espace', 'Me connecter', 'Démarches sans compte', 'Infos pratiques']) {
      expect(card.fallbackText).toContain(label);
      expect(JSON.stringify(card)).toContain(`"title":"${label}"`);
    }
    expect(menu?.speak).toContain('Infos pratiques');
  });

  it('sends text only, with numbered choices, on SMS', async () => {
    const c = chat({ channelId: 'sms' });
    const replies = await c.join(CSP);
    expect(replies.every((r) => !r.attachments?.length && !r.suggestedActions)).toBe(true);
    const text = c.text(replies);
    expect(text).toContain('1. Créer mon espace');
    expect(text).toContain('4. Infos pratiques');
  });

  it.each([
    ['a number', { text: '4' }],
    ['the label', { text: 'Infos pratiques' }],
    ['a card submit', { value: { menu: 'info' } }],
  ])('opens Infos pratiques by %s', async (_how, input) => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say(input));
    expect(text).toContain('Voici les contacts utiles de Carrières-sous-Poissy');
    expect(text).toContain('Régie centrale');
  });

  it('opens « Démarches sans compte » with its categories, and finds a démarche by words', async () => {
    const c = chat();
    await c.join(CSP);
    const replies = await c.say('3');
    const text = c.text(replies);
    expect(replies.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toContain('Suivre une demande');
    expect(text).toContain('État civil : actes de naissance, de mariage ou de décès, livret de famille, certificat de vie commune.');
    expect(text).toContain('Logement : attestation de changement de domicile ou d\'hébergement.');
    expect(c.text(await c.say('voter'))).toContain('Quelle est votre nationalité ?');
  });

  it('says it did not understand and shows the menu again', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('xyzzy blabla'));
    expect(text).toContain('Je n\'ai pas compris votre demande');
    expect(text).toContain('Que souhaitez-vous faire ?');
  });
});
