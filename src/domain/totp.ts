/**
 * Time-based one-time codes (TOTP, RFC 6238) of an authenticator app, through the `otpauth`
 * library: SHA-1, 6 digits, 30-second steps, as every common app reads them from an otpauth:// URI.
 * A code is accepted one step early or late (±30 s of clock drift); the caller keeps the step
 * accepted so that a code is never taken twice.
 */
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
const WINDOW = 1;

/** A new secret (160 random bits), in base32 as the apps read it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpOf = (secret: string, issuer = '', label = '') =>
  new TOTP({ issuer, label, issuerInLabel: issuer !== '', secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS });

/** The otpauth:// URI a QR code carries: the issuer (the product and the commune) and the account (the agent's e-mail). */
export const totpUri = (secret: string, issuer: string, account: string): string => totpOf(secret, issuer.replace(/:/g, ' '), account).toString();

/** « ABCDEFGH… » → « ABCD EFGH … », for typing the secret by hand. */
export const groupedSecret = (secret: string): string => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** The 30-second step of an instant. */
export const totpStepAt = (at: Date): number => TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: at.getTime() });

/** The step whose code was typed (within one step of `at`), or undefined when the code is not one of them. */
export function matchTotp(secret: string, typed: string, at: Date): number | undefined {
  const digits = typed.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) return undefined;
  const delta = totpOf(secret).validate({ token: digits, timestamp: at.getTime(), window: WINDOW });
  return delta === null ? undefined : totpStepAt(at) + delta;
}

/** The code of an instant (for tests and the enrolment's own check). */
export const totpCodeAt = (secret: string, at: Date): string => totpOf(secret).generate({ timestamp: at.getTime() });
