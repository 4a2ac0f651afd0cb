/**
 * Which main-menu item a message chose: a card submit ({ menu: 'info' }), the item's number,
 * its label, or words close to it (« mes factures », « horaires », « réserver »).
 */
import { normalize } from '../domain/text';

export const MENU_ITEMS = ['createAccount', 'signIn', 'booking', 'invoices', 'requests', 'info'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

const WORDS: Record<MenuItem, RegExp> = {
  createAccount: /\b(creer (mon |un )?(espace|compte)|creation (de )?compte|inscription au portail|nouveau compte|ouvrir un compte|create (my )?account|sign up)\b/,
  signIn: /\b(me connecter|connexion|se connecter|connecter|login|log in|sign in|identifier|m identifier)\b/,
  booking: /\b(reserver|reservation|reservations|resa|annuler une reservation|cantine|garderie|periscolaire|centre de loisirs|accueil du (matin|soir)|book|booking)\b/,
  invoices: /\b(factures?|payer|paiement|regler|mes factures|invoices?|pay)\b/,
  requests: /\b(demarches?|sans compte|acte|etat civil|listes? electorales?|livret de famille|recensement|autorisation parentale|vie maritale|requests?)\b/,
  info: /\b(infos?|informations?|pratiques?|horaires?|contacts?|adresse|practical)\b/,
};

export function matchMenuChoice(text: string | undefined, value: unknown): MenuItem | undefined {
  if (value && typeof value === 'object' && 'menu' in value) {
    const v = (value as { menu: unknown }).menu;
    if (typeof v === 'string' && (MENU_ITEMS as readonly string[]).includes(v)) return v as MenuItem;
  }
  if (!text) return undefined;
  const said = normalize(text);
  const n = /^(\d)$/.exec(said);
  if (n) return MENU_ITEMS[Number(n[1]) - 1];
  const hits = MENU_ITEMS.filter((item) => WORDS[item].test(said));
  return hits.length === 1 ? hits[0] : undefined;
}
