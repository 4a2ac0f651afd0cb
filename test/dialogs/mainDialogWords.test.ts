/** The root dialog, continued: practical questions, the words that work at any step, language (« english ») and « langage simple ». */
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { fixedClock } from '../../src/domain/clock';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';

const CSP = { commune: 'carrieres-sous-poissy' };
const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
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
      'Oui, l\'accueil de l\'Hôtel de Ville (accueil central) est ouvert en ce moment, jusqu\'à 17 h 30.',
    );
  });

  it('says when it reopens during the lunch break', async () => {
    const c = chat({ clock: fixedClock('2026-11-18T11:30:00Z') });
    await c.join(CSP);
    const text = c.text(await c.say('la régie est ouverte maintenant ?'));
    expect(text).toContain('c\'est la pause de midi');
    expect(text).toContain('L\'accueil rouvre aujourd\'hui à 13 h 45.');
  });

  it('knows public holidays and gives the next opening day', async () => {
    // 2026-11-11 (Wednesday) is the Armistice; the régie next opens on Thursday the 12th.
    const c = chat({ clock: fixedClock('2026-11-11T09:00:00Z') });
    await c.join(CSP);
    const text = c.text(await c.say('la régie est-elle ouverte maintenant ?'));
    expect(text).toContain('c\'est un jour férié, l\'Armistice de 1918');
    expect(text).toContain('L\'accueil rouvre le jeudi 12 novembre à 8 h 30.');
  });

  it('gives the contacts of a service, and says so when it has no hours for it', async () => {
    const c = chat();
    await c.join(CSP);
    const text = c.text(await c.say('horaires de l\'état civil'));
    expect(text).toContain('Je n\'ai pas les horaires du Service État-civil.');
    expect(text).toContain('Service État-civil :');
  });

  it('answers several questions in a row, then goes back to the menu', async () => {
    const c = chat();
    await c.join({ commune: 'chanteloup-les-vignes' });
    expect(c.text(await c.say('horaires'))).toContain('Horaires du Guichet unique (Espace Victor Hugo) :');
    expect(c.text(await c.say('adresse du guichet unique'))).toContain('18');
    expect(c.text(await c.say('non merci'))).toContain('Puis-je faire autre chose pour vous ?');
  });

  it.each([['ok'], ["d'accord"], ['ok super']])('« %s » after an answer goes back to the menu, not « pas compris »', async (said) => {
    const c = chat();
    await c.join(CSP);
    await c.say('horaires de la régie');
    const t = c.core.texts.for('fr');
    const replies = c.text(await c.say(said));
    expect(replies).not.toContain(t('menu.notUnderstood'));
    expect(replies).toContain(t('menu.again').slice(0, 20));
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
  it.each([
    ['comment on fait pour réserver', 'commands.help.booking'],
    ['comment je fais pour annuler une réservation ?', 'commands.help.booking'],
    ['comment ça marche ?', 'commands.help.menu'],
  ])('« %s » at the menu gets the help it asks (%s)', async (text, key) => {
    const c = chat();
    await c.join(CSP);
    const replies = c.text(await c.say(text));
    expect(replies).toContain(fr[key]);
    expect(replies).toContain(fr['commands.help.footer']);
    expect(replies).not.toContain(fr[key === 'commands.help.menu' ? 'commands.help.booking' : 'commands.help.menu']);
  });

  it('« comment on fait pour réserver » at a question of another task is answered too (not « pas compris »), the task kept aside', async () => {
    const c = chat();
    await c.join(CSP);
    await c.say('Créer mon espace');
    const replies = c.text(await c.say('comment on fait pour réserver'));
    expect(replies).toContain(fr['commands.help.booking']);
    expect(replies).not.toContain(fr['menu.notUnderstood']);
  });

  it('« aide » explains the current step and asks again', async () => {
    const c = chat();
    await c.join();
    const help = c.text(await c.say('aide'));
    expect(help).toContain('Dites-moi le nom de votre commune');
    expect(help).toContain('Quelle est votre commune ?');
  });

  it.each([['aide', 'commands.help.signIn'], ["parler à quelqu'un", undefined]])('« %s » at the sign-in a task asked for answers and asks the e-mail again', async (word, key) => {
    const c = chat();
    await c.join(CSP);
    // A task that needs an account starts the sign-in inside it.
    expect(c.text(await c.say('Léa sera absente à la cantine demain, elle est malade'))).toContain(fr['signIn.askEmail']);
    const replies = c.text(await c.say(word));
    expect(replies).not.toContain(fr['errors.generic']);
    if (key) expect(replies).toContain(fr[key]);
    expect(replies.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
    // The sign-in goes on: an e-mail is still the expected answer.
    expect(c.text(await c.say('marie.durand@example.fr'))).toContain(fr['signIn.codeSent']?.replace('{{email}}', 'marie.durand@example.fr'));
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
    expect(text).toContain(fr['human.intro']!);
    expect(text).toContain('Hôtel de Ville (accueil central)');
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

describe('« english » / « en français »', () => {
  const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');

  it.each(['webchat', 'sms'])('on %s, « english please » at a French menu answers in English from then on, in the next conversation too; « français » goes back', async (channelId) => {
    const c = chat(channelId === 'sms' ? { channelId, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } } : {});
    if (channelId === 'webchat') await c.join(CSP);
    else await c.say('bonjour');
    expect(c.text(await c.say('english please'))).toContain(en['commands.language']);
    const sms = channelId === 'sms';
    const menuHelp = (locale: 'fr' | 'en') => c.core.texts.for(locale, false, sms)('commands.help.menu');
    expect(c.text(await c.say('help'))).toContain(menuHelp('en'));
    const later = await c.say({ text: 'aide', conversation: { id: 'another-conversation' } as Activity['conversation'] });
    expect(c.text(later)).toContain(menuHelp('en'));
    expect(c.text(await c.say('en français svp'))).toContain(fr['commands.language']);
    expect(c.text(await c.say('aide'))).toContain(menuHelp('fr'));
  });

  it.each([
    ['I want to book the canteen pour my son tomorrow', true],
    ['what are the opening hours of la mairie?', true],
    ['je veux réserver la cantine pour mon fils demain', false],
    ['my bookings', false],
  ])('« %s » (a French word in it) at a French menu, after a French sentence, offers English in English: %p', async (text, offered) => {
    const c = chat();
    await c.join(CSP);
    // The first sentence was French: the resident's language (firstSentence.ts), kept.
    await c.say('je voudrais les horaires de la mairie');
    await c.say('menu');
    expect(c.text(await c.say(text)).includes(en['commands.languageOffer'] as string)).toBe(offered);
  });

  it('by SMS, an English first message kept over the commune question is answered in English, without the offer', async () => {
    const c = chat({ channelId: 'sms' });
    await c.say('hi i need a birth certificate please');
    const answer = c.text(await c.say('1'));
    expect(answer).toContain(c.core.texts.for('en', false, true)('commune.noted', { commune: 'Carrières-sous-Poissy' }));
    expect(answer).not.toContain(c.core.texts.for('en', false, true)('commands.languageOffer'));
  });

  it('works as the very first message by SMS', async () => {
    const c = chat({ channelId: 'sms', env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    expect(c.text(await c.say('english'))).toContain(c.core.texts.for('en', false, true)('commands.language'));
    expect(c.text(await c.say('help'))).toContain(c.core.texts.for('en', false, true)('commands.help.menu'));
  });

  it('in the middle of a task: said, the question asked again, and the task goes on in English', async () => {
    const c = chat();
    await c.join(CSP);
    await c.say('Me connecter');
    expect(c.text(await c.say('I speak English'))).toContain(en['commands.language']);
    expect(c.text(await c.say('marie.durand@example.fr'))).toContain(en['signIn.codeSent']?.replace('{{email}}', 'marie.durand@example.fr'));
  });
});

describe('« langage simple »', () => {
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
