import { AsyncLocalStorage } from 'node:async_hooks';
import type { SanitizedConfig } from 'payload';
import { getPayload } from 'payload';
import { REQUEST_ID_HEADER, requestIdFrom } from '@content/model/requestId';

/**
 * The admin's API requests in its log (issue 23, part 5), as the site server logs its own: each
 * request gets an id (the load balancer's `X-Request-Id` when it sends a plain one, else a new
 * one), echoed on the answer; every line Payload's logger writes while handling it names it
 * (`reqId`, through `requestLogMixin`); and one line per request says what was asked and how it
 * was answered. In production the lines are JSON (the `logger` option in cms/payload.config.ts).
 */
const current = new AsyncLocalStorage<{ reqId: string }>();

/** For Payload's logger: the id of the request being handled, on every line written meanwhile. */
export const requestLogMixin = (): { reqId?: string } => {
  const reqId = current.getStore()?.reqId;
  return reqId ? { reqId } : {};
};

type Handler<Args> = (request: Request, args: Args) => Promise<Response>;

/** A route handler of the admin's API, with its request's id, its log line and the id on its answer. */
export function withRequestLog<Args>(config: Promise<SanitizedConfig>, handler: Handler<Args>): Handler<Args> {
  return async (request, args) => {
    const reqId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
    const started = performance.now();
    const response = await current.run({ reqId }, () => handler(request, args));
    const answer = new Response(response.body, response);
    answer.headers.set(REQUEST_ID_HEADER, reqId);
    const url = new URL(request.url);
    const line = { reqId, method: request.method, path: url.pathname, status: response.status, ms: Math.round((performance.now() - started) * 10) / 10 };
    (await getPayload({ config })).logger.info(line, 'request');
    return answer;
  };
}
