import config from '@payload-config';
import { getPayload } from 'payload';
import { READINESS_CHECK_MS, readinessResponse } from '@cms/lib/health';

/** `GET /readyz`: the database and the uploads' storage answer (`cms/lib/health.ts`); 503 naming the check that failed. No sign-in. */
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  try {
    // Payload connects to the database on its first use: an admin that cannot is not ready.
    const payload = await Promise.race([
      getPayload({ config }),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), READINESS_CHECK_MS))),
    ]);
    clearTimeout(timer);
    return await readinessResponse(payload);
  } catch {
    clearTimeout(timer);
    return new Response(JSON.stringify({ status: 'failing', checks: { database: 'unreachable' } }), {
      status: 503,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
}
