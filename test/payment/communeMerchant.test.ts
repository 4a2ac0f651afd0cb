/**
 * A commune's own Paybox merchant numbers (its commune file's `paybox:`): its invoices' payment
 * form carries them, signed with the key of the variable the file names; without that variable,
 * no form (503) rather than a payment to another merchant; the bot's numbers for a commune
 * without its own. A commune key that is not 128 hexadecimal characters stops the start.
 */
import { fixedClock } from '../../src/domain/clock';
import { ConfigError } from '../../src/config';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { merchantFor } from '../../src/payment/merchant';
import { validFormHmac, type Fields } from '../../src/payment/paybox';
import { tempConfig } from '../support/harness';

const GLOBAL_KEY = '0123456789ABCDEF'.repeat(8);
const CSP_KEY = 'FEDCBA9876543210'.repeat(8);
const GLOBAL = { site: '1999888', rang: '32', identifiant: '107904482', hmacKey: GLOBAL_KEY };
const OWN = { paybox: { site: '1234567', rang: '01', identifiant: '222333444', hmacKeyEnv: 'PAYBOX_HMAC_KEY_CSP' } };

describe('merchantFor', () => {
  it('gives the bot\'s numbers without a commune\'s own, the commune\'s with its key, nothing without its key', () => {
    expect(merchantFor(GLOBAL, {}, {}, false)).toEqual(GLOBAL);
    expect(merchantFor(GLOBAL, undefined, {}, false)).toEqual(GLOBAL);
    expect(merchantFor(GLOBAL, OWN, { PAYBOX_HMAC_KEY_CSP: CSP_KEY }, false)).toEqual({ site: '1234567', rang: '01', identifiant: '222333444', hmacKey: CSP_KEY });
    expect(merchantFor(GLOBAL, OWN, { PAYBOX_HMAC_KEY_OTHER: CSP_KEY }, false)).toBeUndefined();
    // The sandbox checks forms with its own key.
    expect(merchantFor(GLOBAL, OWN, {}, true)).toEqual({ site: '1234567', rang: '01', identifiant: '222333444', hmacKey: GLOBAL_KEY });
  });

  it('a commune key that is not one stops the start, naming its variable', () => {
    expect(() => tempConfig({ PAYBOX_HMAC_KEY_CSP: 'secret' })).toThrow(ConfigError);
    expect(() => tempConfig({ PAYBOX_HMAC_KEY_CSP: 'secret' })).toThrow(/PAYBOX_HMAC_KEY_CSP/);
    expect(tempConfig({ PAYBOX_HMAC_KEY_CSP: CSP_KEY }).payment.merchantKeys).toEqual({ PAYBOX_HMAC_KEY_CSP: CSP_KEY });
  });
});

describe('the payment page of a commune with its own numbers (Paybox preprod)', () => {
  let app: RunningApp;
  let base: string;

  beforeAll(async () => {
    app = await startSeededApp(
      tempConfig({ PAYBOX_MODE: 'preprod', PAYBOX_SITE: GLOBAL.site, PAYBOX_RANG: GLOBAL.rang, PAYBOX_IDENTIFIANT: GLOBAL.identifiant, PAYBOX_HMAC_KEY: GLOBAL_KEY, PAYBOX_HMAC_KEY_CSP: CSP_KEY }),
      fixedClock('2026-11-18T14:00:00Z'),
    );
    base = `http://${app.host}:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
  });

  /** A new payment attempt of a one-off invoice of the DURAND family, and its page's form fields. */
  async function formFields(): Promise<{ status: number; fields: Fields }> {
    const { service } = app.core;
    const repos = service.deps.repos;
    const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    let account = await repos.accounts.findByEmail('carrieres-sous-poissy', 'francoise.durand@example.org');
    if (!account) {
      const made = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
      await repos.accounts.linkHousehold(made.id, household?.id as number);
      account = await repos.accounts.get(made.id);
    }
    const invoice = await service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-12-15', 'agent');
    const { token } = await service.payments.start(account!, invoice.id);
    const res = await fetch(`${base}/paiement/${token}`);
    const html = await res.text();
    const fields = [...html.matchAll(/<input type="hidden" name="(PBX_[A-Z_]+)" value="([^"]*)">/g)].map((m) => [m[1], (m[2] ?? '').replace(/&amp;/g, '&').replace(/&#39;/g, "'")] as [string, string]);
    return { status: res.status, fields };
  }
  const field = (fields: Fields, name: string) => fields.find(([n]) => n === name)?.[1];

  async function setOwn(paybox: typeof OWN.paybox | undefined): Promise<void> {
    const { service } = app.core;
    const commune = await service.getCommune('carrieres-sous-poissy');
    const { paybox: _, ...rest } = commune;
    const saved = await service.saveCommune({ commune: paybox ? { ...rest, paybox } : rest, activities: await service.listActivities('carrieres-sous-poissy') });
    expect(saved.ok).toBe(true);
  }

  it('uses the bot\'s numbers, then the commune\'s once its file gives them (no restart), signed with the commune\'s key', async () => {
    const before = await formFields();
    expect([before.status, field(before.fields, 'PBX_SITE'), field(before.fields, 'PBX_RANG')]).toEqual([200, '1999888', '32']);
    expect(validFormHmac(before.fields, GLOBAL_KEY)).toBe(true);

    await setOwn(OWN.paybox);
    const after = await formFields();
    expect([after.status, field(after.fields, 'PBX_SITE'), field(after.fields, 'PBX_RANG'), field(after.fields, 'PBX_IDENTIFIANT')]).toEqual([200, '1234567', '01', '222333444']);
    expect(validFormHmac(after.fields, CSP_KEY)).toBe(true);
    expect(validFormHmac(after.fields, GLOBAL_KEY)).toBe(false);
  });

  it('shows no form when the variable the file names is not set (503), rather than pay another merchant', async () => {
    await setOwn({ ...OWN.paybox, hmacKeyEnv: 'PAYBOX_HMAC_KEY_NOT_SET' });
    const page = await formFields();
    expect(page.status).toBe(503);
    expect(page.fields).toEqual([]);
    await setOwn(undefined);
    expect((await formFields()).status).toBe(200);
  });
});

describe('doctor', () => {
  it('lists a commune whose key variable is not set as an error, outside the sandbox only', async () => {
    const { examineCommune } = await import('../../src/admin/doctor');
    const commune = { id: 'x', name: 'X', portalName: 'P', portalUrl: 'https://x', familyKeyName: 'k', schoolZone: 'C', requestPrefix: 'X', services: [], topics: {}, ...OWN };
    const codes = (keys?: Record<string, string>) => examineCommune(commune, undefined, '2026-11-18', keys).filter((f) => f.code === 'merchantKeyMissing').map((f) => [f.level, f.params.variable]);
    expect(codes({})).toEqual([['error', 'PAYBOX_HMAC_KEY_CSP']]);
    expect(codes({ PAYBOX_HMAC_KEY_CSP: CSP_KEY })).toEqual([]);
    expect(codes(undefined)).toEqual([]);
  });
});
