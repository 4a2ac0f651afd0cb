/** Démarches without an account, continued: the attestations (domicile, vie commune) and the « Démarches sans compte » list. */
import { offered } from '../support/prompts';
import type { Chat } from '../support/harness';
import { demarcheChat, rows } from '../support/demarches';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 32)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);
const attach = (name: string, bytes: Buffer, mime = 'application/pdf') => ({ text: '', attachments: [{ contentType: mime, contentUrl: `data:${mime};base64,${bytes.toString('base64')}`, name }] });

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (options: Parameters<typeof demarcheChat>[1] = {}) => demarcheChat(chats, options);

describe('attestation de domicile ou d\'hébergement', () => {
  it('for a hosted person: asks the host and the host\'s letter, then sends', async () => {
    const c = await chat();
    expect(c.text(await c.say('attestation d\'hébergement'))).toContain('la plupart des organismes acceptent une simple déclaration sur l\'honneur');
    await c.say('Je suis hébergé chez quelqu\'un');
    await c.say('Leroy');
    await c.say('Sam');
    await c.say('12/12/1990');
    await c.say('8 allée des Lilas 78955 Carrières-sous-Poissy');
    expect(c.text(await c.say('01/09/2030'))).toContain('Cette date est dans le futur.');
    expect(c.text(await c.say('01/09/2026'))).toContain('Quel est le nom de la personne qui vous héberge ?');
    await c.say('Anne Leroy');
    await c.say('sam@example.org');
    await c.say(attach('id.pdf', PDF));
    expect(c.text(await c.say(attach('edf.pdf', PDF)))).toContain('Joignez l\'attestation d\'hébergement signée');
    const recap = c.text(await c.say(attach('lettre.jpg', JPEG, 'image/jpeg')));
    expect(recap).toContain('Hébergé par : Anne Leroy');
    expect(c.text(await c.say('oui'))).toContain('CSP-2026-000001');
    expect(rows(c, 'select kind from documents order by id').map((r) => r.kind)).toEqual(['piece_identite', 'justificatif_domicile', 'attestation_hebergement']);
  });

  it('after correcting « hébergé » to « emménagé », sends neither the host nor the host\'s letter', async () => {
    const c = await chat();
    await c.say('attestation d\'hébergement');
    for (const a of ['Je suis hébergé chez quelqu\'un', 'Leroy', 'Sam', '12/12/1990', '8 allée des Lilas 78955 Carrières-sous-Poissy', '01/09/2026', 'Anne Leroy', 'sam@example.org']) await c.say(a);
    await c.say(attach('id.pdf', PDF));
    await c.say(attach('edf.pdf', PDF));
    await c.say(attach('lettre.jpg', JPEG, 'image/jpeg'));
    await c.say('non');
    await c.say('Situation');
    const recap = c.text(await c.say('J\'ai emménagé à Carrières-sous-Poissy'));
    expect(recap).not.toContain('Hébergé par');
    await c.say('oui');
    expect(JSON.parse(String(rows(c, 'select data from requests')[0]?.data))).not.toHaveProperty('host');
    expect(rows(c, 'select kind from documents where request_id is not null order by id').map((r) => r.kind)).toEqual(['piece_identite', 'justificatif_domicile']);
  });

  it('for a move: no host question', async () => {
    const c = await chat();
    await c.say('attestation de changement de domicile');
    for (const a of ['J\'ai emménagé à Carrières-sous-Poissy', 'Leroy', 'Sam', '12/12/1990', '8 allée des Lilas 78955 Carrières-sous-Poissy', '01/09/2026']) await c.say(a);
    expect(c.text(await c.say('sam@example.org'))).toContain('Joignez votre pièce d\'identité');
  });
});

describe('certificat de vie commune', () => {
  it('checks both partners are adults, lets an answer be corrected at the read-back, and sends', async () => {
    const c = await chat();
    expect(c.text(await c.say('certificat de vie maritale'))).toContain('vous viendrez le signer ensemble au guichet unique');
    for (const a of ['Durand', 'Françoise', '02/02/1990', 'Martin', 'Paul']) await c.say(a);
    const minor = c.text(await c.say('02/02/2010'));
    expect(minor).toContain('la personne n\'a pas encore 18 ans');
    expect(minor).toContain('Quelle est sa date de naissance ?');
    await c.say('02/02/1989');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('01/01/2020');
    await c.say('francoise@exemple.org');
    await c.say('au guichet');
    await c.say('au guichet');
    expect(c.text(await c.say('au guichet'))).toContain('E-mail : francoise@exemple.org');
    expect(c.text(await c.say('non'))).toContain('Que voulez-vous corriger ?');
    expect(c.text(await c.say('E-mail'))).toContain('Quelle est votre adresse e-mail ?');
    const recap = c.text(await c.say('francoise@example.org'));
    expect(recap).toContain('E-mail : francoise@example.org');
    expect(recap).toContain('Nom du partenaire : Martin');
    const again = await c.say('peut-être');
    expect(c.text(again)).toContain('Pour votre demande « certificat de vie commune » : je n\'ai pas compris votre réponse.');
    expect(offered(again)).toEqual(['Oui, envoyer', 'Non, corriger']);
    const sent = c.text(await c.say('oui'));
    expect(sent).toContain('confirmation à francoise@example.org');
    expect(JSON.parse(String(rows(c, 'select data from requests')[0]?.data))).toMatchObject({ partnerBirthDay: '1989-02-02', papersAtCounter: ['identity', 'partnerIdentity', 'proof'] });
  });
});

describe('« Démarches sans compte »', () => {
  it('finds a démarche by words, says when none matches, and answers the autorisation de sortie', async () => {
    const c = await chat();
    await c.say('Démarches sans compte');
    const none = c.text(await c.say('permis de pêche'));
    expect(none).toContain('Je n\'ai pas trouvé de démarche pour « permis de pêche ».');
    expect(c.text(await c.say('acte de naissance'))).toContain('Quelle forme d\'acte voulez-vous ?');
    await c.say('annuler');
    await c.say('Démarches sans compte');
    expect(c.text(await c.say('6'))).toContain('CERFA n° 15646');
    await c.say('Démarches sans compte');
    expect(c.text(await c.say('Suivre une demande'))).toContain('Quel est le numéro de votre demande ?');
  });

  it.each([
    ['voter', 'Quelle est votre nationalité ?'],
    ['un déménagement', 'Quelle est votre situation ?'],
    ['concubinage', 'Quel est votre nom de famille ?'],
    ['recensement', 'Quelle est la date de naissance du jeune ?'],
    ['un duplicata', 'Pourquoi demandez-vous un livret de famille ?'],
  ])('finds « %s » by its words', async (words, expected) => {
    const c = await chat();
    await c.say('Démarches sans compte');
    expect(c.text(await c.say(words))).toContain(expected);
  });

  it('by SMS: the démarches as numbered choices', async () => {
    const c = await chat({ channelId: 'sms' });
    const text = c.text(await c.say('Démarches sans compte'));
    expect(text).toContain('4. Listes électorales');
    expect(text).toContain('8. Suivre une demande');
    expect(c.text(await c.say('2'))).toContain('Pourquoi demandez-vous un livret de famille ?');
  });
});
