import config from '@payload-config';
import { getPayload } from 'payload';
import { previewResponse } from '@cms/lib/preview';

/**
 * The admin's "Preview": a co-written document's page on the real public site, built from its
 * latest draft, for signed-in people who may read that draft (`previewResponse` decides, on the
 * server, and starts the build: `@cms/lib/previewBuild`).
 */
export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string }> }): Promise<Response> {
  const { collection, id } = await params;
  const payload = await getPayload({ config });
  const { status, headers, body } = await previewResponse(payload, request, collection, id);
  return new Response(body, { status, headers });
}
