/**
 * Paybox System (hosted payment page), as documented and checked in ../shared/FACTS.md:
 * - the form: PBX_* fields in a fixed order, signed with PBX_HMAC = uppercase hex HMAC-SHA512 over
 *   `NAME=value` pairs joined by `&`, values not URL-encoded, the key decoded from hex;
 * - the notification (PBX_REPONDRE_A): its last field `Sign` is an RSA-SHA1 PKCS#1 v1.5 signature
 *   by Paybox's key, base64 then URL-encoded, over the raw query string exactly as received up to
 *   (excluding) `&Sign=`. It is the only proof of payment.
 */
import { createHmac, createSign, createVerify, timingSafeEqual } from 'node:crypto';

export const PAYBOX_URLS = {
  preprod: 'https://preprod-tpeweb.paybox.com/cgi/MYchoix_pagepaiement.cgi',
  production: 'https://tpeweb.paybox.com/cgi/MYchoix_pagepaiement.cgi',
} as const;

/** The fields Paybox sends back: amount, our reference, authorisation number, error code, then the signature (last). */
export const PBX_RETOUR = 'Mt:M;Ref:R;Auto:A;Erreur:E;Sign:K';

export type Fields = Array<[string, string]>;

/** HMAC-SHA512 of the fields in their order, uppercase hex. */
export function payboxHmac(fields: Fields, hexKey: string): string {
  const message = fields.map(([name, value]) => `${name}=${value}`).join('&');
  return createHmac('sha512', Buffer.from(hexKey, 'hex')).update(message, 'utf8').digest('hex').toUpperCase();
}

export interface FormInput {
  site: string;
  rang: string;
  identifiant: string;
  hmacKey: string;
  amountCents: number;
  reference: string;
  email: string;
  time: Date;
  /** Browser returns and the server-to-server notification URL. */
  urls: { effectue: string; refuse: string; annule: string; repondreA: string };
}

/** The signed form the browser posts to the payment page. */
export function payboxForm(input: FormInput): Fields {
  const fields: Fields = [
    ['PBX_SITE', input.site],
    ['PBX_RANG', input.rang],
    ['PBX_IDENTIFIANT', input.identifiant],
    ['PBX_TOTAL', String(input.amountCents)],
    ['PBX_DEVISE', '978'],
    ['PBX_CMD', input.reference],
    ['PBX_PORTEUR', input.email],
    ['PBX_RETOUR', PBX_RETOUR],
    ['PBX_HASH', 'SHA512'],
    ['PBX_TIME', input.time.toISOString().replace(/\.\d{3}Z$/, '+00:00')],
    ['PBX_EFFECTUE', input.urls.effectue],
    ['PBX_REFUSE', input.urls.refuse],
    ['PBX_ANNULE', input.urls.annule],
    ['PBX_REPONDRE_A', input.urls.repondreA],
  ];
  return [...fields, ['PBX_HMAC', payboxHmac(fields, input.hmacKey)]];
}

/** Whether a posted form carries a valid PBX_HMAC (what Paybox checks; the sandbox does the same). */
export function validFormHmac(fields: Fields, hexKey: string): boolean {
  const hmac = fields.find(([n]) => n === 'PBX_HMAC')?.[1] ?? '';
  const expected = Buffer.from(payboxHmac(fields.filter(([n]) => n !== 'PBX_HMAC'), hexKey));
  const given = Buffer.from(hmac.toUpperCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface Notification {
  amountCents: number;
  reference: string;
  authorization: string | null;
  errorCode: string;
}

export type Verified = { ok: true; notification: Notification } | { ok: false; reason: 'unsigned' | 'badSignature' | 'malformed' };

/** The PEM keys of a file that may hold several (Paybox's current 2048-bit key, then its older 1024-bit one). */
export const pemKeys = (pem: string): string[] => pem.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];

/** Whether any of the keys signed the data: RSA-SHA1 (documented), or RSA-SHA256 (seen in Paybox's recent modules). */
function signedBy(data: string, signature: Buffer, publicKeyPem: string): boolean {
  for (const key of pemKeys(publicKeyPem)) {
    for (const algorithm of ['RSA-SHA1', 'RSA-SHA256']) {
      const verifier = createVerify(algorithm);
      verifier.update(data);
      try {
        if (verifier.verify(key, signature)) return true;
      } catch {
        // not this key or algorithm
      }
    }
  }
  return false;
}

/** Checks the signature of a notification's raw query string, then reads its fields. */
export function verifyNotification(rawQuery: string, publicKeyPem: string): Verified {
  const at = rawQuery.lastIndexOf('&Sign=');
  if (at < 0) return { ok: false, reason: 'unsigned' };
  const data = rawQuery.slice(0, at);
  let signature: Buffer;
  try {
    signature = Buffer.from(decodeURIComponent(rawQuery.slice(at + '&Sign='.length)), 'base64');
  } catch {
    return { ok: false, reason: 'badSignature' };
  }
  if (signature.length === 0 || !signedBy(data, signature, publicKeyPem)) return { ok: false, reason: 'badSignature' };
  const params = new URLSearchParams(data);
  const amount = params.get('Mt') ?? '';
  const reference = params.get('Ref') ?? '';
  const errorCode = params.get('Erreur') ?? '';
  if (!/^\d{1,10}$/.test(amount) || !reference || !/^\d{5}$/.test(errorCode)) return { ok: false, reason: 'malformed' };
  const auth = params.get('Auto');
  return { ok: true, notification: { amountCents: Number(amount), reference, authorization: auth && auth !== 'XXXXXX' ? auth : null, errorCode } };
}

/** Signs a query string as Paybox does (the sandbox, with its own key). */
export function signQuery(query: string, privateKeyPem: string): string {
  const signer = createSign('RSA-SHA1');
  signer.update(query);
  return `${query}&Sign=${encodeURIComponent(signer.sign(privateKeyPem, 'base64'))}`;
}
