import config from '@payload-config';
import { getPayload } from 'payload';
import { previewPage } from '@cms/lib/preview';

/**
 * The admin's "Preview": a co-written document's public page, rendered from its latest
 * draft, for signed-in people who may read that draft (`previewPage` decides, on the server).
 */
export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string }> }): Promise<Response> {
  const { collection, id } = await params;
  const payload = await getPayload({ config });
  const { status, html } = await previewPage(payload, request.headers, collection, id);
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
  });
}
