import type restify from 'restify';

/** One query parameter (restify's query parser is not installed: each route reads what it needs). */
export const queryParam = (req: restify.Request, name: string): string | undefined => new URLSearchParams(req.getQuery()).get(name) ?? undefined;
