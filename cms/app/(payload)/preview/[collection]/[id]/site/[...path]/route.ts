import config from '@payload-config';
import { getPayload } from 'payload';
import { previewSiteFile } from '@cms/lib/preview';

/**
 * The files of a draft's preview site (`/preview/<collection>/<id>/site/<version>/…`): pages,
 * styles, scripts and images, each request checked as the preview itself is (`previewSiteFile`).
 */
export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string; path: string[] }> }): Promise<Response> {
  const { collection, id, path } = await params;
  const payload = await getPayload({ config });
  const { status, headers, body } = await previewSiteFile(payload, request, collection, id, path);
  return new Response(body, { status, headers });
}
