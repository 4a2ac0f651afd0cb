/**
 * Random bytes written in hex, drawn from a pool filled by the system's secure generator a few
 * kilobytes at a time, as Node does for randomUUID: each `randomBytes(n)` call costs 7 to 18 µs of
 * CPU on the bot's machine whatever n is, and composing one mail asked for seven (its Message-ID,
 * nodemailer's boundary, the outbox file's name). Each byte is handed out once.
 */
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let at = POOL_SIZE;

/** `bytes` random bytes (at most the pool's size) as 2 × bytes hex digits, as randomBytes(bytes).toString('hex'). */
export function randomHex(bytes: number): string {
  if (bytes > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} random bytes at once`);
  if (at + bytes > POOL_SIZE) {
    randomFillSync(pool);
    at = 0;
  }
  const hex = pool.toString('hex', at, at + bytes);
  at += bytes;
  return hex;
}
