/**
 * The parts of restify the server uses, loaded from their own files: restify's index also loads
 * every plugin it offers (request signing with sshpk, static files, throttling, CPU checks, audit
 * logs…), about 150 modules and a twentieth of the start, for a server that uses only the body
 * parser. `createRestifyServer` is restify's own createServer (lib/index.js) for the options the
 * server passes (no handling of uncaught exceptions). Types come from restify's.
 */
import type restify from 'restify';

/* eslint-disable @typescript-eslint/no-require-imports */
const pino = require('pino') as (options: { name: string }) => unknown;
const Router = require('restify/lib/router') as new (options: object) => unknown;
const Server = require('restify/lib/server') as new (options: object) => restify.Server;
/** restify.plugins.bodyParser. */
export const bodyParserPlugin = require('restify/lib/plugins/bodyParser') as typeof restify.plugins.bodyParser;
/* eslint-enable @typescript-eslint/no-require-imports */

export function createRestifyServer(options: restify.ServerOptions & { handleUncaughtExceptions: false }): restify.Server {
  const opts: Record<string, unknown> = { ...options };
  opts.name = options.name ?? 'restify';
  opts.log = options.log ?? pino({ name: (opts.name as string) || 'restify' });
  opts.router = options.router ?? new Router(opts);
  return new Server(opts);
}

/**
 * restify's body reader starts every request's body with `new Buffer(0)` (lib/plugins/bodyReader.js). Node answers each
 * such call by checking whether it comes from node_modules, to warn only about the application's own (DEP0005): a
 * stack trace captured per request, for its first 10,000 calls (about 0.2 ms each on this machine, a tenth of an
 * EchoBot's turn). Node stops checking once it has warned, so the warning is given here once, with deprecation
 * warnings silenced for that call: later calls cost nothing. No other warning is hidden.
 */
export function bufferWarningGiven(): void {
  // Under --no-deprecation the flag is read-only, and already what is wanted.
  const quiet = process.noDeprecation === true;
  if (!quiet) process.noDeprecation = true;
  try {
    void new Buffer(0);
  } finally {
    if (!quiet) process.noDeprecation = false;
  }
}
