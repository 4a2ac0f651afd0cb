/** The sweep of one-time links in the web chat's history: dead tokens become •••, live ones stay, old copies are forgotten. */
import { linkTokens, OneTimeLinks, type HistoryLinkStore, type HistoryRow, type LinkKind } from '../../src/domain/oneTimeLinks';

const PASSWORD = 'a'.repeat(43);
const SIGN_IN = 'b'.repeat(43);
const PAYMENT = 'CSP-FAC-2026-000001-QMZJUDT1AE.1795012200.OerswKd_VokJhor3PaEyOptoKEzXJZMcIa5M-1AAfmQ';
const PDF = '1.1.1795012200.xDgD9ZE9k61gtsyCsCJEcs9p3HYvXIa59MLyiA1beMc';

function store(rows: HistoryRow[], checkpoints: boolean[] = []) {
  const calls = { rewritten: [] as HistoryRow[], forgotten: 0 };
  const history: HistoryLinkStore = {
    historyMentioning: async (fragments) => rows.filter((r) => fragments.some((f) => JSON.stringify(r.activity).includes(f))),
    rewriteHistory: async (row) => {
      calls.rewritten.push(row);
      rows.splice(rows.findIndex((r) => r.seq === row.seq), 1, row);
    },
    forgetOldCopies: async () => {
      calls.forgotten += 1;
      return checkpoints.shift() ?? true;
    },
  };
  return { history, calls };
}

const row = (seq: number, activity: Record<string, unknown>): HistoryRow => ({ conversationId: 'c1', seq, activity });

it('reads the tokens of each kind of link, an invoice PDF without its « .pdf »', () => {
  const text = `https://x/compte/mot-de-passe/${PASSWORD} https://x/connexion/${SIGN_IN}" https://x/paiement/${PAYMENT}\\n https://x/factures/${PDF}.pdf`;
  expect(linkTokens(text)).toEqual([
    { kind: 'password', token: PASSWORD },
    { kind: 'signIn', token: SIGN_IN },
    { kind: 'payment', token: PAYMENT },
    { kind: 'invoicePdf', token: PDF },
  ]);
  expect(linkTokens('https://x/paiement/••• et /connexion/')).toEqual([]);
});

it('replaces dead tokens everywhere in a row (text, card, fallback), keeps live ones, and asks about each token once', async () => {
  const rows = [
    row(1, { text: 'bonjour' }),
    row(2, { text: `Payer : https://x/paiement/${PAYMENT}`, attachments: [{ content: { actions: [{ url: `https://x/factures/${PDF}.pdf` }] } }], cardText: `PDF : https://x/factures/${PDF}.pdf` }),
    row(3, { text: `Choisissez votre mot de passe : https://x/compte/mot-de-passe/${PASSWORD}` }),
  ];
  const { history, calls } = store(rows);
  const asked: Array<[LinkKind, string]> = [];
  const links = new OneTimeLinks({ history, alive: async (kind, token) => (asked.push([kind, token]), kind === 'invoicePdf') });
  expect(await links.sweep()).toEqual({ rows: 2, links: 2 });
  const all = JSON.stringify(rows);
  expect(all).not.toContain(PAYMENT);
  expect(all).not.toContain(PASSWORD);
  expect(all.split(PDF)).toHaveLength(3); // both mentions kept while the PDF link works
  expect(rows[1]?.activity.text).toBe('Payer : https://x/paiement/•••');
  expect(asked.filter(([kind]) => kind === 'invoicePdf')).toHaveLength(1);
  expect(calls.forgotten).toBe(1);

  // Again: nothing to rewrite, nothing to checkpoint.
  expect(await links.sweep()).toEqual({ rows: 0, links: 0 });
  expect(calls.forgotten).toBe(1);
});

it('asks again to forget old copies when a checkpoint could not finish', async () => {
  const rows = [row(1, { text: `https://x/connexion/${SIGN_IN}` })];
  const { history, calls } = store(rows, [false, true]);
  const links = new OneTimeLinks({ history, alive: async () => false });
  await links.sweep();
  expect(calls.forgotten).toBe(1);
  await links.sweep();
  expect(calls.forgotten).toBe(2);
  await links.sweep();
  expect(calls.forgotten).toBe(2);
});

it('runs sweeps asked at once one after the other', async () => {
  const rows = [row(1, { text: `https://x/connexion/${SIGN_IN}` })];
  const { history, calls } = store(rows);
  let inFlight = 0;
  let most = 0;
  const links = new OneTimeLinks({
    history,
    alive: async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return false;
    },
  });
  const results = await Promise.all([links.sweep(), links.sweep(), links.sweep()]);
  expect(most).toBe(1);
  expect(results.map((r) => r.rows)).toEqual([1, 0, 0]);
  expect(calls.rewritten).toHaveLength(1);
});
