/**
 * CloudAdapter's `process` for an HTTP request (request, response, logic), as botbuilder 4.23 writes it,
 * without the zod checks it builds again at every request (`z.record(z.unknown())` twice, `z.string()`,
 * and the response's and the logic's shapes): about 20 µs of CPU a turn measured alone, more with the
 * garbage they leave. The same answers: 405 to another method than POST, 400 to a body that is not an
 * object or to an activity without type, the invoke response's status and body, 401 to a refused
 * token, 500 to a failure (without its message, which botbuilder sends), each error logged as botbuilder logs it. The server has checked the activity
 * already (src/server.ts, ActivityShape). Anything else (a web socket's upgrade, a response or a header
 * of another shape) goes to botbuilder's own `process`.
 */
import type { Activity, CloudAdapter, InvokeResponse, Request, Response, TurnContext } from 'botbuilder';

type Logic = (context: TurnContext) => Promise<void>;

/** What the adapter's own processActivity is (protected in botbuilder's types). */
interface Processing {
  processActivity(authHeader: string, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
}

/** The helpers of botbuilder's `process` (the activity's dates, the refused token's error). */
export interface ProcessParts {
  validateAndFixActivity(activity: Activity): Activity;
  AuthenticationError: abstract new (...args: never[]) => Error;
}

const isFunction = (v: unknown): v is (...args: unknown[]) => unknown => typeof v === 'function';
const isResponse = (res: unknown): res is Response => !!res && typeof res === 'object' && ['end', 'header', 'send', 'status'].every((m) => isFunction((res as Record<string, unknown>)[m]));
// What zod's record accepts: an object that is neither null nor a list (nor a Date, Map, Set or Promise, which JSON never gives).
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Map) && !(v instanceof Set) && !(v instanceof Promise);

export function leanProcess(adapter: CloudAdapter, parts: ProcessParts): void {
  const original = adapter.process.bind(adapter) as (...args: unknown[]) => Promise<void>;
  const processing = adapter as unknown as Processing;
  adapter.process = (async (req: Request, resOrSocket: unknown, logicOrHead: unknown, maybeLogic?: unknown): Promise<void> => {
    const headers = (req as { headers?: Record<string, unknown> }).headers ?? {};
    const authHeader = headers.Authorization ?? headers.authorization ?? '';
    if (maybeLogic !== undefined || !isResponse(resOrSocket) || !isFunction(logicOrHead) || typeof authHeader !== 'string') return original(req, resOrSocket, logicOrHead, maybeLogic);
    const res = resOrSocket;
    const logic = logicOrHead as Logic;
    const end = (status: number, body?: unknown): void => {
      res.status(status);
      if (body) res.send(body);
      res.end();
    };
    if (req.method !== 'POST') return end(405);
    if (!isRecord(req.body)) return end(400, '`req.body` not an object, make sure you are using middleware to parse incoming requests.');
    const activity = parts.validateAndFixActivity(req.body as unknown as Activity);
    if (!activity.type) {
      console.warn('BadRequest: Missing activity or activity type.');
      return end(400);
    }
    try {
      const invokeResponse = await processing.processActivity(authHeader, activity, logic);
      return end(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (err) {
      console.error(err);
      // A refused token says why, as botbuilder does; any other failure says nothing of the inside
      // (a database path, a query): botbuilder would send its message.
      if (err instanceof parts.AuthenticationError) return end(401, (err as { message?: unknown }).message ?? err);
      return end(500);
    }
  }) as CloudAdapter['process'];
}
