/**
 * Request ids (issue 23, part 5): every answer of the site server and of the admin's API carries
 * one in `X-Request-Id`, and their JSON log lines name it, so one request can be followed from
 * the load balancer's log to ours. A caller's own id (a load balancer's) is kept when it is plain.
 */
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Letters, digits, `.`, `_`, `:`, `-`; up to 128: nothing that could break a log line or a header. */
const PLAIN_ID = /^[\w.:-]{1,128}$/;

/** The caller's id when it is plain, else a new one. */
export function requestIdFrom(given: string | null | undefined): string {
  return given && PLAIN_ID.test(given) ? given : randomUUID();
}
