/**
 * GET /metrics: the process's figures (src/ops/metrics.ts) for a Prometheus scraper or the
 * benchmark, only with `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise; 404 when no token
 * is configured, as if the route did not exist). The token is compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';

export interface MetricsRouteDeps {
  /** METRICS_TOKEN; absent, the route answers 404. */
  token?: string;
  text: () => string;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** True when the header carries exactly the token (hashes of equal length compared in constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token)) && match !== null;
}

export function metricsHandler(deps: MetricsRouteDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    if (!deps.token) {
      res.status(404);
      res.json({ code: 'ResourceNotFound', message: `${req.path()} does not exist` });
      return;
    }
    if (!bearerMatches(req.header('authorization'), deps.token)) {
      res.status(401);
      res.header('WWW-Authenticate', 'Bearer');
      res.json({ error: 'a bearer token is required' });
      return;
    }
    res.sendRaw(200, deps.text(), { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
  };
}
