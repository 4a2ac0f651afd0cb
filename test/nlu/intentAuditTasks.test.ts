/**
 * The démarches (civil-status acts, the commune's certificates, those done elsewhere), every way residents
 * write them (see intentAudit.test.ts). Today is Monday 7 December 2026 unless a row says otherwise.
 */
import { checkIntents, MONDAY, row } from '../support/intentTable';

describe('civil-status acts', () => {
  checkIntents([
    row('acte de naissance', 'civil_status_act'),
    row("extrait d'acte de naissance pour mon fils né le 3/05/2016", 'civil_status_act', ['2016-05-03']),
    row('copie integrale acte de mariage', 'civil_status_act'),
    row('I need a birth certificate', 'civil_status_act'),
    row('moi besoin papier naissance', 'civil_status_act'),
    row('acte de deces de mon pere', 'civil_status_act'),
    row('Bonjour, je prépare mon dossier de retraite et la caisse me demande un extrait de mon acte de naissance avec filiation. Je suis né à Carrières le 12 avril 1962.', 'civil_status_act', ['1962-04-12'], MONDAY,
      'dates, not the intent: a year of the last century after the place of birth is not read (« né à Poissy le 12 avril 1962 »; « né le 12 avril 1962 » is)'),
    row('declarer la naissance de ma fille', 'civil_status_act'),
    row('reconnaissance anticipee', 'civil_status_act'),
    row('acte naissance pr ma fille nee en 2015', 'civil_status_act'),
    row("copie acte de mariage, on s'est mariés ici en 2010", 'civil_status_act'),
    row('birth certificate for my son born 4 June 2019', 'civil_status_act', ['2019-06-04']),
    row('extrait de naissance pour la cni', 'civil_status_act'),
    row('preciso da certidão de nascimento do meu filho', 'civil_status_act'),
    row("Bonjour, ma mère est décédée le mois dernier à l'hôpital de Poissy mais elle habitait Carrières, le notaire me demande des papiers officiels, je dois m'adresser à qui ?", 'civil_status_act'),
    row('un extrait avec filiation pour mon dossier de naturalisation', 'civil_status_act'),
    row('on vient d avoir un bebe, comment on le declare ?', 'civil_status_act'),
    row("copie de l'acte de mariage de mes parents mariés en 1978", 'civil_status_act'),
    row('death certificate for my grandfather', 'civil_status_act'),
    row('Bonjour, mon fils Adam est né le 28 novembre à la maternité de Poissy, nous habitons Carrières. La maternité nous a dit de faire la déclaration, où doit-on aller ?', 'civil_status_act', ['2026-11-28'], MONDAY,
      'dates, not the intent: a birth day gone without its year (« né le 28 novembre ») is not read'),
    row('combien de temps pour avoir un acte de naissance', 'civil_status_act'),
    row("copie acte naissance pour la carte d'identité de ma fille", 'civil_status_act'),
    row("mariage célébré à Carrières en 2005, je voudrais l'extrait", 'civil_status_act'),
    row('acte de reconnaissance de mon fils', 'civil_status_act'),
    row('copie acte de deces de ma grand mere decedee en 2019', 'civil_status_act'),
  ]);
});

describe('the family booklet', () => {
  checkIntents([
    row('livret de famille', 'family_booklet'),
    row("j'ai perdu mon livret de famille", 'family_booklet'),
    row('duplicata livret de famille', 'family_booklet'),
    row('I lost my family record book', 'family_booklet'),
    row('moi perdu livret famille', 'family_booklet'),
    row('mettre a jour le livret apres la naissance de notre 2eme', 'family_booklet'),
    row('Bonjour, nous avons divorcé en 2022 et je voudrais un second livret de famille pour moi. Comment faire ?', 'family_booklet'),
    row('livret de famille abimé', 'family_booklet'),
    row('ajouter notre bebe sur le livret de famille', 'family_booklet'),
    row('second livret famille', 'family_booklet'),
    row('livret famil perdu', 'family_booklet'),
    row('le chien a mangé le livret de famille 😭', 'family_booklet'),
    row("le livret famille a brûlé dans l'incendie de l'appartement", 'family_booklet'),
    row('on a eu un 3eme enfant, faut mettre le livret a jour ?', 'family_booklet'),
    row('Bonjour, suite à notre séparation mon ex-mari a gardé le livret, comment puis-je en obtenir un second ?', 'family_booklet'),
    row('il manque notre fils sur le livret', 'family_booklet'),
  ]);
});

describe('the electoral roll', () => {
  checkIntents([
    row('inscription listes electorales', 'electoral_roll'),
    row('je veux voter', 'electoral_roll'),
    row('comment m inscrire pour voter', 'electoral_roll'),
    row('how do I register to vote?', 'electoral_roll'),
    row('carte electorale perdue', 'electoral_roll'),
    row('moi voter comment', 'electoral_roll'),
    row("Bonjour, je viens d'emménager à Carrières en septembre et je voudrais pouvoir voter aux prochaines élections municipales. Que dois-je faire ?", 'electoral_roll'),
    row('suis je inscrit sur les listes electorales ?', 'electoral_roll'),
    row('ma fille a 18 ans le 3 mars, inscrite automatiquement pour voter ?', 'electoral_roll', ['2027-03-03']),
    row('procuration pour voter', 'electoral_roll'),
    row("changement d'adresse sur la liste électorale", 'electoral_roll'),
    row('jai pas recu ma carte d electeur', 'electoral_roll'),
    row('bureau de vote c ou', 'electoral_roll'),
    row('est ce que je suis bien inscrite pour voter ?', 'electoral_roll'),
    row("les elections c'est quand ?", 'electoral_roll'),
    row('je suis européenne, je peux voter aux municipales ?', 'electoral_roll'),
    row("Bonjour, j'ai eu 18 ans en octobre et je voudrais voter l'an prochain, est-ce que je dois faire une démarche ?", 'electoral_roll'),
    row('vote par procuration', 'electoral_roll'),
    row("j'ai déménagé dans la commune, je dois me réinscrire pour voter ?", 'electoral_roll'),
    row('comment savoir dans quel bureau je vote ?', 'electoral_roll'),
  ]);
});

describe('the citizen census', () => {
  checkIntents([
    row('recensement', 'citizen_census'),
    row('recensement 16 ans', 'citizen_census'),
    row('mon fils a 16 ans il doit se faire recenser ?', 'citizen_census'),
    row('My son is turning 16, where does he register for the census?', 'citizen_census'),
    row('attestation de recensement perdue', 'citizen_census'),
    row('JDC inscription', 'citizen_census'),
    row("Bonjour, ma fille aura 16 ans le 20 janvier. Quand et où doit-elle faire son recensement ?", 'citizen_census', ['2027-01-20']),
    row('recensement citoyen c ou', 'citizen_census'),
    row('journée défense et citoyenneté', 'citizen_census'),
    row('faut se recenser a quel age', 'citizen_census'),
    row('recensement militaire pr mon gars ne en 2010', 'citizen_census'),
    row('ma fille a oublié de se faire recenser, elle a 17 ans', 'citizen_census'),
    row('mon fils va avoir 16 ans, il doit faire un truc a la mairie ?', 'citizen_census'),
    row('attestation de recensement pour le permis', 'citizen_census'),
    row("Bonjour, mon fils fête ses 16 ans samedi et on m'a dit qu'il devait passer en mairie dans les 3 mois. C'est pour quoi exactement ?", 'citizen_census', ['2026-12-12']),
    row('recensement fille', 'citizen_census'),
    row('attestation de recensement pour inscrire mon fils au code de la route', 'citizen_census'),
    row("il a 16 ans depuis hier, on fait quoi pour l'armée", 'citizen_census', ['2026-12-06']),
  ]);
});

describe('a minor leaving the country', () => {
  checkIntents([
    row('autorisation de sortie du territoire', 'parental_authorization'),
    row('AST pour mon fils', 'parental_authorization'),
    row('ma fille part en Espagne avec son college, quel papier ?', 'parental_authorization'),
    row('my son is travelling abroad with his school, what form is needed?', 'parental_authorization'),
    row('formulaire pour voyage scolaire', 'parental_authorization'),
    row('moi fils partir Angleterre école, papier ?', 'parental_authorization'),
    row("Bonjour, mon fils de 14 ans part en séjour linguistique à Londres du 15 au 22 février avec l'association. Quelle autorisation faut-il remplir ?", 'parental_authorization', ['2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18', '2027-02-19', '2027-02-20', '2027-02-21', '2027-02-22']),
    row('ma fille va au maroc avec sa tante cet ete, il faut une autorisation ?', 'parental_authorization'),
    row('sortie de territoire formulaire cerfa', 'parental_authorization'),
    row('mon fils voyage seul en avion', 'parental_authorization'),
    row('sejour linguistique en allemagne pr ma fille', 'parental_authorization'),
    row('mi hijo viaja al extranjero con el colegio, que papel?', 'parental_authorization'),
    row('ma fille part en colo en Espagne cet ete, il faut quoi ?', 'parental_authorization'),
    row('mon fils va au Maroc chez sa grand mere sans nous', 'parental_authorization'),
    row('Bonjour, ma fille de 15 ans part une semaine à Barcelone avec son club de handball en avril. Le club nous demande un papier de la mairie, lequel ?', 'parental_authorization'),
    row('autorisation sortie', 'parental_authorization'),
    row('ma fille part en classe de neige en Suisse, il faut un papier ?', 'parental_authorization'),
    row('formulaire pour que mon fils sorte du territoire avec son oncle', 'parental_authorization'),
  ]);
});

describe('living together, proven', () => {
  checkIntents([
    row('certificat de vie commune', 'cohabitation_certificate'),
    row('attestation de concubinage', 'cohabitation_certificate'),
    row('on vit ensemble depuis 5 ans, la caf veut un papier de la mairie', 'cohabitation_certificate'),
    row('certificate of cohabitation', 'cohabitation_certificate'),
    row('moi et copine vivre ensemble, papier mairie', 'cohabitation_certificate'),
    row('certificat de vie maritale', 'cohabitation_certificate'),
    row('Bonjour, mon compagnon et moi ne sommes pas mariés mais la mutuelle nous demande une attestation prouvant que nous vivons sous le même toit depuis 2019. La mairie peut-elle nous la fournir ?', 'cohabitation_certificate'),
    row('union libre attestation', 'cohabitation_certificate'),
    row('attestation de vie commune pour la banque', 'cohabitation_certificate'),
    row('certif concubinage svp', 'cohabitation_certificate'),
    row('proof that we live together for the bank', 'cohabitation_certificate'),
    row('vie commune papier c possible', 'cohabitation_certificate'),
    row('on est pas mariés ni pacsés, la caf demande une preuve de vie commune', 'cohabitation_certificate'),
    row("Bonjour, mon conjoint et moi ne sommes ni mariés ni pacsés, la CAF nous demande un document prouvant qu'on habite ensemble. Est-ce la mairie qui le délivre ?", 'cohabitation_certificate'),
    row('papier concubinage', 'cohabitation_certificate'),
    row('certificat de vie commune, on est pacsés depuis 2020', 'cohabitation_certificate'),
    row('attestation vie commune pour la mutuelle', 'cohabitation_certificate'),
  ]);
});

describe('a certificate of address or lodging', () => {
  checkIntents([
    row("attestation d'hebergement", 'address_change'),
    row('certificat de residence', 'address_change'),
    row('attestation de domicile pour la caf', 'address_change'),
    row("j'héberge mon frère, il lui faut une attestation de la mairie", 'address_change'),
    row('proof of address from the town hall', 'address_change'),
    row('justificatif de changement d adresse', 'address_change'),
    row("Bonjour, je viens d'emménager et ma banque me demande une attestation de changement de domicile délivrée par la mairie. Est-ce possible ?", 'address_change'),
    row('certificat de domicile svp', 'address_change'),
    row('attestation de demenagement', 'address_change'),
    row("certificat d'hébergement pour ma mère qui vit chez moi depuis 2024", 'address_change'),
    row("attestation de residence pour l'école", 'address_change'),
    row('moi besoin attestation hebergement pour cousin', 'address_change'),
    row("Bonjour, ma belle-sœur vit chez nous depuis septembre et elle a besoin d'un papier officiel qui prouve qu'elle est hébergée ici pour son dossier à la préfecture.", 'address_change'),
    row('certif hebergement', 'address_change'),
    row("attestation d'hébergement pour mon neveu qui fait ses études ici", 'address_change'),
    row('attestation de domicile au nom de mon fils majeur', 'address_change'),
  ]);
});

describe('démarches done elsewhere', () => {
  checkIntents([
    row('passeport', 'elsewhere_demarche'),
    row("carte d'identité", 'elsewhere_demarche'),
    row('refaire ma carte d identite perdue', 'elsewhere_demarche'),
    row('rdv passeport pour ma fille de 9 ans', 'elsewhere_demarche'),
    row('how do I renew my passport?', 'elsewhere_demarche'),
    row('carte grise', 'elsewhere_demarche'),
    row('permis de conduire perdu', 'elsewhere_demarche'),
    row('se marier a la mairie comment', 'elsewhere_demarche'),
    row("pacs c'est ou", 'elsewhere_demarche'),
    row('moi perdu carte séjour', 'elsewhere_demarche'),
    row('Bonjour, mon passeport expire en mars et nous partons au Maroc cet été. Est-ce que je peux faire le renouvellement à la mairie de Carrières ?', 'elsewhere_demarche'),
    row('cni pour mon fils c ou', 'elsewhere_demarche'),
    row('quero renovar o meu passaporte', 'elsewhere_demarche'),
    row('I lost my ID card', 'elsewhere_demarche'),
    row("Bonjour, nous partons en vacances au Canada en juillet et je me suis aperçu que la carte d'identité de mon fils est périmée. Combien de temps faut-il pour la refaire ?", 'elsewhere_demarche'),
    row('passport fils', 'elsewhere_demarche'),
    row('ma carte vitale est perdue', 'elsewhere_demarche'),
    row("extrait de casier judiciaire pour un boulot d'animateur", 'elsewhere_demarche'),
    row('renouveler titre de sejour rdv', 'elsewhere_demarche'),
  ]);
});
