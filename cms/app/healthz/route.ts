import { livenessResponse } from '@cms/lib/health';

/** `GET /healthz`: the admin process answers (`cms/lib/health.ts`). No sign-in; touches nothing else. */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return livenessResponse();
}
