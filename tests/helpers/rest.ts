import type { SanitizedConfig } from 'payload';

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>;

/**
 * Payload's REST API without a server: the same Next.js route handlers the admin uses,
 * called with real `Request` objects. Auth is a `JWT <token>` header, as a browser sends it.
 */
export async function restClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const routes = await import('@payloadcms/next/routes');
  const handlers: Record<string, Handler> = {
    GET: routes.REST_GET(config) as Handler,
    POST: routes.REST_POST(config) as Handler,
    PATCH: routes.REST_PATCH(config) as Handler,
    DELETE: routes.REST_DELETE(config) as Handler,
  };
  return async function rest(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    { token, body, headers: extra }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; json: any }> {
    const url = new URL(`http://localhost/api${path}`);
    const headers = new Headers();
    if (token) headers.set('Authorization', `JWT ${token}`);
    for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers.set('Content-Type', 'application/json');
      payload = JSON.stringify(body);
    }
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean);
    const response = await handlers[method]!(new Request(url, { method, headers, body: payload }), {
      params: Promise.resolve({ slug }),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, json };
  };
}
