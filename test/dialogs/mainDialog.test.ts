/**
 * Conversations with the real bot (real dialogs, real SQLite state, French locale) through
 * botbuilder's TestAdapter: the commune, the menu, practical questions and the words that work
 * at any step.
 */
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { fixedClock } from '../../src/domain/clock';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';

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

describe('practical questions', () => {
  it('gives the hours of a service on a weekday', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('Quels sont les horaires de la régie le mercredi ?'));
    expect(text).toContain('Régie centrale : le mercredi, accueil de 8 h 30 à 12 h et de 13 h 45 à 17 h 30.');
    expect(text).toContain('Avez-vous une autre question pratique ?');
  });

  it('answers « est-ce ouvert maintenant ? » from the clock, in Paris time', async () => {
    // 2026-11-18 is a Wednesday; 14:00 UTC is 15:00 in Paris.
    const c = chat();
    await c.join(CSP);
    expect(c.text(await c.say('est-ce que la mairie est ouverte maintenant ?'))).toContain(
      'Oui, l\'accueil est ouvert en ce moment (Hôtel de Ville (accueil central)), jusqu\'à 17 h 30.',
    );
  });

  it('says when it reopens during the lunch break', async () => {
    const c = chat({ clock: fixedClock('2026-11-18T11:30:00Z') });
    await c.join(CSP);
    const text = c.text(await c.say('la régie est ouverte maintenant ?'));
    expect(text).toContain('c\'est la pause de midi');
    expect(text).toContain('Il rouvre aujourd\'hui à 13 h 45.');
  });

  it('knows public holidays and gives the next opening day', async () => {
    // 2026-11-11 (Wednesday) is the Armistice; the régie next opens on Thursday the 12th.
    const c = chat({ clock: fixedClock('2026-11-11T09:00:00Z') });
    await c.join(CSP);
    const text = c.text(await c.say('la régie est-elle ouverte maintenant ?'));
    expect(text).toContain('c\'est un jour férié, l\'Armistice de 1918');
    expect(text).toContain('Il rouvre le jeudi 12 novembre à 8 h 30.');
  });

  it('gives the contacts of a service, and says so when it has no hours for it', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('horaires de l\'état civil'));
    expect(text).toContain('Je n\'ai pas les horaires de Service État-civil.');
    expect(text).toContain('Service État-civil :');
  });

  it('answers several questions in a row, then goes back to the menu', async () => {
    const c = chat();
    await c.join({ commune: 'chanteloup-les-vignes' });
    expect(c.text(await c.say('horaires'))).toContain('Horaires de Guichet unique (Espace Victor Hugo) :');
    expect(c.text(await c.say('adresse du guichet unique'))).toContain('18');
    expect(c.text(await c.say('non merci'))).toContain('Puis-je faire autre chose pour vous ?');
  });

  it('hands a non-practical message back to the menu without losing it', async () => {
    const c = chat();
    await c.join(CSP);
    await c.say('horaires de la régie');
    // « Mes factures » is not a practical question: the main dialog routes it to the invoices.
    expect(c.text(await c.say('Mes factures'))).toContain('Vos factures sont dans votre espace. Connectez-vous d\'abord.');
  });
});

describe('words that work at any step', () => {
  it('« aide » explains the current step and asks again', async () => {
    const c = chat();
    await c.join();
    const help = c.text(await c.say('aide'));
    expect(help).toContain('Dites-moi le nom de votre commune');
    expect(help).toContain('Quelle est votre commune ?');
  });

  it('« annuler » with nothing under way says so; inside a task it goes back to the menu', async () => {
    const c = chat();
    await c.join(CSP);
    expect(c.text(await c.say('annuler'))).toContain('Il n\'y a rien en cours à annuler.');
    await c.say('Infos pratiques');
    const cancelled = c.text(await c.say('annuler'));
    expect(cancelled).toContain('D\'accord, j\'ai annulé.');
    expect(cancelled).toContain('Puis-je faire autre chose pour vous ?');
  });

  it('« menu » shows the menu from inside a task', async () => {
    const c = chat();
    await c.join(CSP);
    await c.say('Infos pratiques');
    expect(c.text(await c.say('menu'))).toContain('Que souhaitez-vous faire ?');
  });

  it('« recommencer » restarts the current task', async () => {
    const c = chat();
    await c.join(CSP);
    await c.say('Infos pratiques');
    const text = c.text(await c.say('recommencer'));
    expect(text).toContain('on recommence depuis le début');
    expect(text).toContain('Voici les contacts utiles');
  });

  it('« parler à quelqu\'un » gives the right service, its contacts and whether it is open now', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('je voudrais parler à quelqu\'un'));
    expect(text).toContain('Vous pouvez parler à une personne de Hôtel de Ville (accueil central)');
    expect(text).toContain('Téléphone :');
    expect(text).toContain('ouvert en ce moment');
    // the menu stays where it was
    expect(text).toContain('Puis-je faire autre chose pour vous ?');
  });
});

describe('language', () => {
  it('answers in English when the channel says en-US', async () => {
    const c = chat({ locale: 'en-US' });
    const hello = c.text(await c.join(CSP));
    expect(hello).not.toContain('Bonjour');
    expect(hello).toMatch(/Hello|Welcome/);
  });
});

describe('« langage simple »', () => {
  const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
  const plain = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'simple');

  it('is turned on by saying so at the menu: short sentences from then on, in this conversation and the next', async () => {
    const c = chat();
    await c.join(CSP);
    const replies = await c.say('Je voudrais un langage plus simple');
    expect(c.text(replies)).toContain(fr['commands.plain.on']);
    // the menu again, its card's hint in short sentences
    expect(JSON.stringify(replies.map(cardOf))).toContain(JSON.stringify(plain['menu.hint']).slice(1, -1));
    expect(c.text(await c.say('aide'))).toContain(plain['commands.help.menu']);
    // kept in the resident's profile: another conversation of the same person speaks simply too
    const later = await c.say({ text: 'aide', conversation: { id: 'another-conversation' } as Activity['conversation'] });
    expect(c.text(later)).toContain(plain['commands.help.menu']);
    // « changer de commune » keeps it
    await c.say('changer de commune');
    await c.say('chanteloup');
    expect(c.text(await c.say('aide'))).toContain(plain['commands.help.menu']);
  });

  it('is turned on in the middle of a task: the same question again, and its help in short sentences', async () => {
    const c = chat();
    await c.join(CSP);
    expect(c.text(await c.say('Me connecter'))).toContain('Quelle est l\'adresse e-mail de votre espace ?');
    const on = c.text(await c.say('parlez plus simplement'));
    expect(on).toContain(fr['commands.plain.on']);
    expect(on).toContain('Quelle est l\'adresse e-mail de votre espace ?');
    expect(c.text(await c.say('aide'))).toContain(plain['commands.help.signIn']);
    // the task goes on: an e-mail is still the expected answer
    expect(c.text(await c.say('marie.durand@example.fr'))).toContain(plain['signIn.codeSent']?.replace('{{email}}', 'marie.durand@example.fr'));
  });

  it('is turned off by « langage courant »', async () => {
    const c = chat();
    await c.join(CSP);
    await c.say('langage simple');
    const off = await c.say('langage courant');
    expect(c.text(off)).toContain(fr['commands.plain.off']);
    expect(JSON.stringify(off.map(cardOf))).toContain(JSON.stringify(fr['menu.hint']).slice(1, -1));
    expect(c.text(await c.say('aide'))).toContain(fr['commands.help.menu']);
  });

  it('works as the very first message on a channel without a welcome (SMS)', async () => {
    const c = chat({ channelId: 'sms', env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    const first = c.text(await c.say('langage simple'));
    expect(first).toContain('Bonjour');
    expect(first).toContain(fr['commands.plain.on']);
    // by SMS, the menu's numbered list without the card's hint
    expect(first).toContain('1. Créer mon espace');
  });
});
