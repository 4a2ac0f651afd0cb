/**
 * Which main-menu item a message chose: a card submit ({ menu: 'info' }), or words close to an
 * item (« mes factures », « horaires », « réserver »). Numbers and labels are read against the
 * options shown, by the shared recognizer (src/nlu/choice.ts, dialogs/menu.ts).
 */
import { normalize } from '../domain/text';

export const MENU_ITEMS = ['createAccount', 'signIn', 'booking', 'invoices', 'requests', 'info', 'familyKey', 'contactDetails', 'absence', 'familyFile'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

const WORDS: Record<MenuItem, RegExp> = {
  createAccount: /\b(creer (mon |un )?(espace|compte)|creation (de )?compte|inscription au portail|nouveau compte|ouvrir un compte|create (my )?account|sign up)\b/,
  signIn: /\b(me connecter|connexion|se connecter|connecter|login|log in|sign in|identifier|m identifier)\b/,
  booking: /\b(reserver|reservation|reservations|resa|annuler une reservation|cantine|garderie|periscolaire|centre de loisirs|accueil du (matin|soir)|book|booking)\b/,
  invoices: /\b(factures?|payer|paiement|regler|mes factures|invoices?|pay)\b/,
  requests: /\b(demarches?|sans compte|acte|etat civil|listes? electorales?|livret de famille|recensement|autorisation parentale|vie maritale|requests?)\b/,
  info: /\b(infos?|informations?|pratiques?|horaires?|contacts?(?! details)|adresse|practical)\b/,
  familyKey: /\b(cle enfance|code famille|relier mon dossier|family key)\b/,
  contactDetails: /\b(mes coordonnees|my contact details)\b/,
  absence: /\b(signaler une absence|absences?|absent|absente)\b/,
  familyFile: /\b(mon dossier famille|dossier famille|my family file)\b/,
};

export function matchMenuChoice(text: string | undefined, value: unknown): MenuItem | undefined {
  if (value && typeof value === 'object' && 'menu' in value) {
    const v = (value as { menu: unknown }).menu;
    if (typeof v === 'string' && (MENU_ITEMS as readonly string[]).includes(v)) return v as MenuItem;
  }
  if (!text) return undefined;
  const said = normalize(text);
  const hits = MENU_ITEMS.filter((item) => WORDS[item].test(said));
  return hits.length === 1 ? hits[0] : undefined;
}
