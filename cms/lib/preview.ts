import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Forbidden, NotFound, type Payload, type TypedUser } from 'payload';
import { actingRole } from '@cms/access/roles';
import { coWrittenCollections } from '@cms/lib/reviewQueue';
import { reviewWords } from '@cms/lib/reviewWords';
import { publishProblems } from '@cms/hooks/checkPublishable';
import { formatAmount, type AmountMessage } from '@content/model/amount';
import { AMOUNT_TYPE, PERIOD } from '@content/model/vocabularies';
import { SNAPSHOT_NAMES, type MappedCollection } from '@content/model/fields';
import { DEFAULT_LOCALE } from '@content/model/locales';
import {
  isBuilding,
  isPreviewVersion,
  previewBasePath,
  previewContentType,
  previewFolder,
  previewSite,
  previewVersion,
  readPreviewStatus,
  resolvePreviewFile,
  SITE_FOLDER,
  startPreviewBuild,
} from '@cms/lib/previewBuild';

/** Where the admin's "Preview" opens a document's draft (a route of the admin app: `cms/app/(payload)/preview`). */
export const previewPath = (collection: string, id: number | string) => `/preview/${collection}/${id}`;

export type PreviewAnswer = { status: number; html: string };

/** Every answer of the preview: private to the person, never cached or indexed. */
export const PREVIEW_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } as const;

/** An answer of the preview's routes, as the route sends it. */
export type PreviewResponse = { status: number; headers: Record<string, string>; body: string | Uint8Array<ArrayBuffer> | null };

const htmlResponse = ({ status, html }: PreviewAnswer): PreviewResponse => ({ status, headers: { ...PREVIEW_HEADERS, 'Content-Type': 'text/html; charset=utf-8' }, body: html });

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * An amount in words for the preview. The site's sentences ("£80 a week") live in the site's
 * messages, which the CMS does not import; the preview uses the editors' own labels of the
 * model's vocabularies ("£80, weekly"), so no word list is written again here.
 */
const sayAmount = (key: AmountMessage, { amount }: { amount: string }) => {
  if (key === 'offer.amount.free') return AMOUNT_TYPE.labels.free.en;
  const period = PERIOD.values.find((p) => key === `offer.amount.period.${p}`);
  return period ? `${amount}, ${PERIOD.labels[period].en}` : amount;
};

type RichNode = { type?: unknown; text?: unknown; tag?: unknown; listType?: unknown; children?: unknown };
const isNode = (value: unknown): value is RichNode => typeof value === 'object' && value !== null;

/**
 * Rich text as the reader will read it: paragraphs, headings, lists and their words. Every
 * word is escaped and links show as their text: a draft's links are checked by the URL rule
 * when it is published, and a preview follows none.
 */
function richText(value: unknown): string {
  const children = (node: RichNode): string => (Array.isArray(node.children) ? node.children.filter(isNode).map(render).join('') : '');
  const render = (node: RichNode): string => {
    if (node.type === 'text') return escapeHtml(node.text);
    if (node.type === 'linebreak') return '<br>';
    if (node.type === 'paragraph') return `<p>${children(node)}</p>`;
    if (node.type === 'heading') return `<h3>${children(node)}</h3>`;
    if (node.type === 'list') return node.listType === 'number' ? `<ol>${children(node)}</ol>` : `<ul>${children(node)}</ul>`;
    if (node.type === 'listitem') return `<li>${children(node)}</li>`;
    if (node.type === 'quote') return `<blockquote>${children(node)}</blockquote>`;
    return children(node);
  };
  const root = isNode(value) && 'root' in value && isNode(value.root) ? value.root : null;
  return root ? render(root) : '';
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
const section = (title: string, body: string | null) => (body ? `<section><h2>${escapeHtml(title)}</h2>${body}</section>` : '');
const paragraph = (value: unknown) => (text(value) ? `<p>${escapeHtml(value)}</p>` : null);

/** The parts of a page the reader sees, from the draft as the export maps it. */
function pageBody(collection: string, doc: Record<string, unknown>): string {
  const parts: string[] = [];
  const summary = text(doc.summary);
  if (summary) parts.push(`<p class="summary">${escapeHtml(summary)}</p>`);
  if (collection === 'offers' || collection === 'entitlements' || collection === 'local-details') {
    const amount = isNode(doc.amount) ? doc.amount : null;
    if (amount && 'type' in amount) {
      const words = formatAmount(
        {
          type: AMOUNT_TYPE.values.find((t) => t === amount.type) ?? 'none',
          value: 'value' in amount && typeof amount.value === 'number' ? amount.value : null,
          period: 'period' in amount ? (PERIOD.values.find((p) => p === amount.period) ?? null) : null,
        },
        DEFAULT_LOCALE,
        sayAmount,
      );
      parts.push(section('How much', words ? `<p>${escapeHtml(words)}</p>` : null));
    }
  }
  parts.push(richText(doc.body ?? doc.intro));
  const steps = Array.isArray(doc.howToGet) ? doc.howToGet.map((s) => (isNode(s) && 'step' in s ? s.step : null)) : [];
  if (steps.length) {
    parts.push(section('How to get it', `<ol>${steps.map((s) => `<li>${text(s) ? escapeHtml(s) : '<em class="empty">(this step is empty)</em>'}</li>`).join('')}</ol>`));
  }
  parts.push(section('Who to ask', paragraph(doc.whoToAsk)));
  parts.push(section('If you are told no', paragraph(doc.ifRefused)));
  if (Array.isArray(doc.chapters)) {
    for (const chapter of doc.chapters.filter(isNode)) {
      const c: Record<string, unknown> = { ...chapter };
      parts.push(section(text(c.title) ?? 'Untitled chapter', `${paragraph(c.summary) ?? ''}${richText(c.body)}`));
    }
  }
  return parts.join('\n');
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="${DEFAULT_LOCALE.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Preview</title>
<style>
pre { white-space: pre-wrap; font-size: .9rem; }
body { font-family: system-ui, sans-serif; line-height: 1.5; max-inline-size: 40rem; margin-inline: auto; padding: 1rem; color: #0b0c0c; }
.banner { border: 3px solid #1d70b8; padding: .75rem 1rem; margin-block-end: 1.5rem; }
.problems { border-color: #d4351c; }
.summary { font-size: 1.2rem; }
.empty { color: #d4351c; }
</style>
</head>
<body>
${body}
</body>
</html>`;

/** A page that says no, in plain words, with nothing of the document in it. */
const refusal = (status: number, message: string): PreviewAnswer => ({ status, html: page('Preview', `<main><h1>${escapeHtml(message)}</h1></main>`) });

type CoWritten = ReturnType<typeof coWrittenCollections>[number];

/** The draft the request may preview, or the refusal to send. */
type DraftRead = { ok: true; user: TypedUser; config: CoWritten; doc: Record<string, unknown> } | { ok: false; answer: PreviewAnswer };

/**
 * The latest draft of a co-written document, for someone signed in who may read it: the
 * person is read from the request's own cookie or token (`payload.auth`), and the draft is
 * read as them (`overrideAccess: false`), so the multi-tenant rules keep another council's
 * people out exactly as the API does. Anonymous: 401; anyone who may not read it: 404, the
 * same as a draft that isn't there, so nobody learns which drafts exist.
 */
async function readDraft(payload: Payload, headers: Headers, collection: string, id: string, depth = 1): Promise<DraftRead> {
  const { user } = await payload.auth({ headers });
  if (!user) return { ok: false, answer: refusal(401, 'Sign in to the admin to preview a draft.') };
  const config = coWrittenCollections(payload).find((c) => c.slug === collection);
  const none = { ok: false, answer: refusal(404, 'There is no draft here that you can preview.') } as const;
  if (!config) return none;
  try {
    const doc = { ...(await payload.findByID({ collection: config.slug, id, draft: true, depth, overrideAccess: false, user, disableErrors: false })) };
    return { ok: true, user, config, doc };
  } catch (error) {
    if (error instanceof NotFound || error instanceof Forbidden) return none;
    throw error;
  }
}

/** The title of a draft, for people. */
const titleOf = (config: CoWritten, doc: Record<string, unknown>) => text(doc[config.titleField]) ?? 'Untitled';

/**
 * What the preview's banner says of a draft: where it is in review, in words, and what must
 * be fixed before it can be published (the publish rules, as the person would be told).
 */
export function draftNotes(config: Pick<CoWritten, 'slug' | 'fields'>, doc: Record<string, unknown>, user: TypedUser): { state: string; problems: string[] } {
  const collection = config.slug;
  const mapped: MappedCollection | null = collection === 'entitlements' ? 'offers' : (Object.keys(SNAPSHOT_NAMES).find((k): k is MappedCollection => k === collection) ?? null);
  const problems = mapped ? publishProblems(mapped, doc, config.fields, { forApprover: actingRole(user, doc.council) !== 'young-editor' }) : [];
  return { state: reviewWords(doc.reviewState), problems: problems.map((p) => p.message) };
}

/** The draft's own text in a plain page: the preview when the real page can't be built (`reason` says why). */
function textPreview(config: CoWritten, doc: Record<string, unknown>, user: TypedUser, reason?: string): PreviewAnswer {
  const title = titleOf(config, doc);
  const { state, problems } = draftNotes(config, doc, user);
  const banner = `<div class="banner${problems.length ? ' problems' : ''}" role="note">
<p><strong>Preview of a draft (${escapeHtml(state)}).</strong> This is how the page will read once it is published. The public can’t see it.</p>
${problems.length ? `<p>Before it can be published:</p><ul>${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : ''}
${reason ? `<p>The site’s page could not be built from this draft, so this is its text on its own. Why:</p><pre>${escapeHtml(reason)}</pre>` : ''}
</div>`;
  return { status: 200, html: page(title, `${banner}<main><h1>${escapeHtml(title)}</h1>\n${pageBody(config.slug, doc)}</main>`) };
}

/**
 * The public page of a co-written document, rendered from its latest draft as plain text (the
 * preview's fallback when the site's page can't be built), for someone signed in who may read
 * that draft (`readDraft`: anonymous 401, anyone else 404).
 */
export async function previewPage(payload: Payload, headers: Headers, collection: string, id: string, reason?: string): Promise<PreviewAnswer> {
  const draft = await readDraft(payload, headers, collection, id);
  if (!draft.ok) return draft.answer;
  return textPreview(draft.config, draft.doc, draft.user, reason);
}

/** While the preview is built: a page that names the draft and reloads itself every 2 seconds (no script needed). */
function preparing(config: CoWritten, doc: Record<string, unknown>): PreviewAnswer {
  const title = titleOf(config, doc);
  return {
    status: 200,
    html: page(
      `Preparing the preview of ${title}`,
      `<main><h1>Preparing the preview…</h1>
<p>The site is being built from the draft of “${escapeHtml(title)}” (${escapeHtml(config.label)}), to show it as the public will see it. This page reloads by itself until it is ready; it takes about a minute.</p></main>`,
    ).replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta http-equiv="refresh" content="2">'),
  };
}

/**
 * `/preview/<collection>/<id>`, the admin's "Preview" (issue 20, part 10): the draft's page on
 * the real site, for people who may read the draft (`readDraft`). Built once per version of the
 * draft (`@cms/lib/previewBuild`): ready, it sends the browser to the page; building, a page
 * that reloads itself; not started, it starts the build. A draft the site can't be built from
 * yet gets its text on its own, with the reason.
 */
export async function previewResponse(payload: Payload, request: Request, collection: string, id: string): Promise<PreviewResponse> {
  const draft = await readDraft(payload, request.headers, collection, id);
  if (!draft.ok) return htmlResponse(draft.answer);
  const { config, doc, user } = draft;
  const site = await previewSite(payload, collection, doc, user);
  if (!site) return htmlResponse(textPreview(config, doc, user, 'There is no council yet, so there is no site to show it on.'));
  const docId = String(doc.id);
  const version = previewVersion(doc.updatedAt, site);
  const folder = previewFolder(collection, docId, version);
  const status = readPreviewStatus(folder);
  if (status?.state === 'ready') return { status: 303, headers: { ...PREVIEW_HEADERS, Location: status.page.replace(/(.)\/$/, '$1') }, body: null };
  if (status?.state === 'failed') return htmlResponse(textPreview(config, doc, user, status.message));
  if (!isBuilding(folder, status)) {
    const origin = new URL(request.url).origin;
    startPreviewBuild({ collection, id: docId, user: user.id, site, folder, siteUrl: `${origin}${previewBasePath(collection, docId, version)}` });
  }
  return htmlResponse(preparing(config, doc));
}

/**
 * `/preview/<collection>/<id>/site/<version>/<path>`: a file of a draft's preview site (its
 * pages, styles, scripts, images), for people who may read that draft, checked on every
 * request as `previewResponse` does. Nothing outside the preview's site folder is ever sent.
 */
export async function previewSiteFile(payload: Payload, request: Request, collection: string, id: string, segments: readonly string[]): Promise<PreviewResponse> {
  const draft = await readDraft(payload, request.headers, collection, id, 0);
  if (!draft.ok) return htmlResponse(draft.answer);
  const [version, ...rest] = segments;
  const notFound = htmlResponse(refusal(404, 'There is no such page in this preview.'));
  if (!version || !isPreviewVersion(version)) return notFound;
  const file = resolvePreviewFile(path.join(previewFolder(collection, String(draft.doc.id), version), SITE_FOLDER), rest);
  if (!file) return notFound;
  return { status: 200, headers: { ...PREVIEW_HEADERS, 'Content-Type': previewContentType(file) }, body: new Uint8Array(readFileSync(file)) };
}
