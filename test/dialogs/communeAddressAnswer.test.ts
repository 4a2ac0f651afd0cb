/**
 * An address typed as the answer to « Quelle est votre commune ? » (« 5 avenue foch carrieres sur seine », « 12 rue
 * de la gare 78955 carrières sous poissy », a town with its postal code): it is only the commune (where the resident
 * lives), never a change of address (« Pour voir ou changer vos coordonnées, connectez-vous »). The first message kept
 * meanwhile is then answered. Words that ask for the change (« changer mon adresse : 5 avenue foch … ») still do.
 */
import { fr, textBefore } from '../support/prompts';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

function sms(): Chat {
  const c = startChat({ channelId: 'sms' });
  chats.push(c);
  return c;
}

const CHANGE_ASKED = textBefore('contact.signInFirst');
const noted = (name: string) => (fr['commune.noted'] as string).replace('{{commune}}', name);

const ADDRESSES: Array<[string, string]> = [
  ['5 avenue foch carrieres sur seine', 'Carrières-sur-Seine'],
  ['12 rue de la gare 78955 carrières sous poissy', 'Carrières-sous-Poissy'],
  ['carrieres sur seine 78420', 'Carrières-sur-Seine'],
  ['78570 chanteloup les vignes', 'Chanteloup-les-Vignes'],
  ["j'habite au 3 bis allée des lilas, 78420 Carrières-sur-Seine", 'Carrières-sur-Seine'],
];

describe('an address as the answer to the commune question (SMS)', () => {
  it.each(ADDRESSES)('« %s »: the commune %s, the first message kept is answered', async (said, name) => {
    const c = sms();
    expect(c.text(await c.say('horaires de la mairie'))).toContain(fr['commune.kept']);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(noted(name));
    expect(reply).not.toContain(CHANGE_ASKED);
    const commune = (await c.core.service.listCommunes()).find((x) => x.name === name);
    const mairie = commune?.services.find((s) => s.code === commune.topics.general);
    expect(reply).toContain(mairie?.name);
  });

  it.each(ADDRESSES)('« %s » after a greeting: the commune %s, then the menu', async (said, name) => {
    const c = sms();
    await c.say('bonjour');
    const reply = c.text(await c.say(said));
    expect(reply).toContain(noted(name));
    expect(reply).not.toContain(CHANGE_ASKED);
  });

  it('« je veux changer mon adresse 5 avenue foch carrieres sur seine »: the move is still asked about', async () => {
    const c = sms();
    await c.say('bonjour');
    const reply = c.text(await c.say('je veux changer mon adresse 5 avenue foch carrieres sur seine'));
    expect(reply).toContain(noted('Carrières-sur-Seine'));
    expect(reply).toContain(fr['contact.move.ask']);
  });
});
