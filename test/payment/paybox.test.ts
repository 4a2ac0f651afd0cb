/**
 * Paybox's signatures: the form's HMAC-SHA512 (the known answer of ../shared/FACTS.md) and the
 * notification's RSA-SHA1 signature over the raw query string (with a test key pair).
 */
import { generateKeyPairSync } from 'node:crypto';
import { payboxForm, payboxHmac, signQuery, validFormHmac, verifyNotification, type Fields } from '../../src/payment/paybox';

const KEY = '0123456789ABCDEF'.repeat(8);
const keys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
const other = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

describe('the form HMAC', () => {
  it('matches the known answer: key decoded from hex, values not URL-encoded, in the form order', () => {
    const fields: Fields = [
      ['PBX_SITE', '1999888'],
      ['PBX_RANG', '32'],
      ['PBX_IDENTIFIANT', '107904482'],
      ['PBX_TOTAL', '1000'],
      ['PBX_DEVISE', '978'],
      ['PBX_CMD', 'TEST zyxwv'],
      ['PBX_PORTEUR', 'test@paybox.com'],
      ['PBX_RETOUR', 'Mt:M;Ref:R;Auto:A;Erreur:E'],
      ['PBX_TIME', '2014-12-01T00:00:00+00:00'],
    ];
    const hmac = payboxHmac(fields, KEY);
    expect(hmac).toMatch(/^7D15A9C9[0-9A-F]{112}FB55FD10$/);
    // The same fields in another order, or the key taken as ASCII, give another digest.
    expect(payboxHmac([...fields].reverse(), KEY)).not.toBe(hmac);
  });

  it('signs the whole form, and a changed amount no longer passes', () => {
    const form = payboxForm({
      site: '1999888', rang: '32', identifiant: '107904482', hmacKey: KEY, amountCents: 7380, reference: 'CSP-FAC-2026-000001-ABC', email: 'a@example.org', time: new Date('2026-11-18T14:00:00.123Z'),
      urls: { effectue: 'https://bot/e', refuse: 'https://bot/r', annule: 'https://bot/a', repondreA: 'https://bot/n' },
    });
    expect(form.map(([n]) => n)).toEqual(['PBX_SITE', 'PBX_RANG', 'PBX_IDENTIFIANT', 'PBX_TOTAL', 'PBX_DEVISE', 'PBX_CMD', 'PBX_PORTEUR', 'PBX_RETOUR', 'PBX_HASH', 'PBX_TIME', 'PBX_EFFECTUE', 'PBX_REFUSE', 'PBX_ANNULE', 'PBX_REPONDRE_A', 'PBX_HMAC']);
    expect(form.find(([n]) => n === 'PBX_TIME')?.[1]).toBe('2026-11-18T14:00:00+00:00');
    expect(form.find(([n]) => n === 'PBX_RETOUR')?.[1]).toBe('Mt:M;Ref:R;Auto:A;Erreur:E;Sign:K');
    expect(validFormHmac(form, KEY)).toBe(true);
    expect(validFormHmac(form.map(([n, v]) => [n, n === 'PBX_TOTAL' ? '1' : v]), KEY)).toBe(false);
    expect(validFormHmac(form, 'AB'.repeat(64))).toBe(false);
  });
});

describe('the notification signature', () => {
  const query = 'Mt=7380&Ref=CSP-FAC-2026-000001-ABC&Auto=123456&Erreur=00000';

  it('accepts a query signed by the key, and reads its fields', () => {
    expect(verifyNotification(signQuery(query, keys.privateKey), keys.publicKey)).toEqual({ ok: true, notification: { amountCents: 7380, reference: 'CSP-FAC-2026-000001-ABC', authorization: '123456', errorCode: '00000' } });
  });

  it('refuses a changed amount, another key, no signature, and garbage', () => {
    const signed = signQuery(query, keys.privateKey);
    expect(verifyNotification(signed.replace('Mt=7380', 'Mt=1'), keys.publicKey)).toEqual({ ok: false, reason: 'badSignature' });
    expect(verifyNotification(signQuery(query, other.privateKey), keys.publicKey)).toEqual({ ok: false, reason: 'badSignature' });
    expect(verifyNotification(query, keys.publicKey)).toEqual({ ok: false, reason: 'unsigned' });
    expect(verifyNotification(`${query}&Sign=%%%`, keys.publicKey)).toEqual({ ok: false, reason: 'badSignature' });
    expect(verifyNotification(`${query}&Sign=`, keys.publicKey)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('refuses a signed query whose fields are malformed', () => {
    expect(verifyNotification(signQuery('Mt=abc&Ref=X&Auto=1&Erreur=00000', keys.privateKey), keys.publicKey)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyNotification(signQuery('Mt=10&Ref=&Auto=1&Erreur=00000', keys.privateKey), keys.publicKey)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('a refused payment has no authorisation number', () => {
    const result = verifyNotification(signQuery('Mt=7380&Ref=R&Auto=XXXXXX&Erreur=00105', keys.privateKey), keys.publicKey);
    expect(result).toEqual({ ok: true, notification: { amountCents: 7380, reference: 'R', authorization: null, errorCode: '00105' } });
  });
});
