/**
 * One-line JSON logs. Never pass personal data (names, e-mails, codes, message text) in fields:
 * log ids and events only.
 */
import { redactDeep } from './redact';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(min: Level | 'silent', sink: (line: string) => void = (l) => process.stdout.write(l + '\n')): Logger {
  const log = (level: Level) => (event: string, fields: Record<string, unknown> = {}) => {
    if (order[level] < order[min]) return;
    sink(JSON.stringify({ at: new Date().toISOString(), level, event, ...redactDeep(fields) }));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
