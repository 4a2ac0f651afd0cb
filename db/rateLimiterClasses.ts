/**
 * rate-limiter-flexible's classes that the bot uses, each from its own file: the package's index loads
 * its twenty-odd limiters (Redis, Mongo, DynamoDB, Etcd, Prisma…), 36 modules, about 50 ms of CPU at
 * every start (and in every test file), for the three used here (12 modules). The PostgreSQL one is
 * loaded when a limiter is made on PostgreSQL. The package has no `exports` map: its files are its API.
 */
import type * as Flexible from 'rate-limiter-flexible';

/* eslint-disable @typescript-eslint/no-require-imports */
export const RateLimiterMemory = require('rate-limiter-flexible/lib/RateLimiterMemory') as typeof Flexible.RateLimiterMemory;
export const RateLimiterSQLite = require('rate-limiter-flexible/lib/RateLimiterSQLite') as typeof Flexible.RateLimiterSQLite;
/** What a limiter throws when the limit is reached (the same class as the limiters' own). */
export const RateLimiterRes = require('rate-limiter-flexible/lib/RateLimiterRes') as typeof Flexible.RateLimiterRes;
export const rateLimiterPostgres = (): typeof Flexible.RateLimiterPostgres => require('rate-limiter-flexible/lib/RateLimiterPostgres') as typeof Flexible.RateLimiterPostgres;
/* eslint-enable @typescript-eslint/no-require-imports */
