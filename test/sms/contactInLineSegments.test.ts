/**
 * By SMS, a service's contact in one line (its phone and e-mail, else its portal), without its address nor « fermé en ce
 * moment… rouvre … »: the first SMS fits in 2 segments with its welcome, whom to contact kept. Were 3 to 5 segments:
 * « creer mon espace… on vient d arriver » at Chanteloup (637 characters), « code famille perdu… » (388) and
 * « jveux parler a qqn du guichet unique » (379) at Carrières-sur-Seine, « payer en especes a la regie ? » at
 * Carrières-sous-Poissy (311), « le guichet unique c tjrs au 18 av de poissy » at Chanteloup (308).
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const bySms = (commune: string, from: string) => smsResident(chats, commune, from, '2026-12-07T19:30:00Z');
const CSS_PORTAL = 'https://www.espace-citoyens.net/CARRIERES-SUR-SEINE/espace-citoyens/';

describe('a service\'s contact in one line by SMS', () => {
  it('Chanteloup, enrolment on arrival: the guichet unique\'s phone, in 2 segments', async () => {
    const bodies = await bySms('chanteloup-les-vignes', '+33600000701')('creer mon espace svp, on vient d arriver ds la ville avec les 3 enfants');
    expect(bodies.join('\n')).toContain('Guichet unique (Espace Victor Hugo) : 01 39 74 29 12');
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Carrières-sur-Seine, family code lost: the SEJ\'s portal, in 2 segments', async () => {
    const bodies = await bySms('carrieres-sur-seine', '+33600000702')('code famille perdu, on me l avait donne a l inscription en 2024 au SEJ');
    expect(bodies.join('\n')).toContain(CSS_PORTAL);
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Carrières-sur-Seine, « parler a qqn du guichet unique »: none here, the SEJ\'s portal, in 2 segments', async () => {
    const bodies = await bySms('carrieres-sur-seine', '+33600000703')('jveux parler a qqn du guichet unique');
    const text = bodies.join('\n');
    expect(text).toContain('Service Scolaire-Enfance-Jeunesse (SEJ)');
    expect(text).toContain(CSS_PORTAL);
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Carrières-sous-Poissy, cash at the régie: its phone and e-mail, in 2 segments', async () => {
    const bodies = await bySms('carrieres-sous-poissy', '+33600000704')('jpeux payer la facture en especes a la regie ?');
    const text = bodies.join('\n');
    expect(text).toContain('01 39 22 36 27');
    expect(text).toContain('regie@carrieres-sous-poissy.fr');
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Chanteloup, the guichet unique\'s address asked: its address, phone and hours, in 2 segments', async () => {
    const bodies = await bySms('chanteloup-les-vignes', '+33600000705')('le guichet unique c tjrs au 18 av de poissy ou ca a bouge');
    const text = bodies.join('\n');
    expect(text).toContain('18 avenue de Poissy');
    expect(text).toContain('01 39 74 29 12');
    expect(text).toContain('9 h-12 h');
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });
});

describe('how to enrol at school by SMS, wherever the enrolment service is reached', () => {
  it.each([
    ['carrieres-sur-seine', '+33600000721', CSS_PORTAL],
    ['carrieres-sous-poissy', '+33600000722', 'inscription@carrieres-sous-poissy.fr'],
    ['chanteloup-les-vignes', '+33600000723', '01 39 74 29 12'],
  ])('%s (%s): « comment inscrire Lina a l ecole »: its contact, in 2 segments', async (commune, from, contact) => {
    const bodies = await bySms(commune, from)('comment inscrire Lina a l ecole');
    expect(bodies.join('\n')).toContain(contact);
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });
});
