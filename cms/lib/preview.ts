import { Forbidden, NotFound, type Payload } from 'payload';
import { actingRole } from '@cms/access/roles';
import { coWrittenCollections } from '@cms/lib/reviewQueue';
import { reviewWords } from '@cms/lib/reviewWords';
import { publishProblems } from '@cms/hooks/checkPublishable';
import { formatAmount, type AmountMessage } from '@content/model/amount';
import { AMOUNT_TYPE, PERIOD } from '@content/model/vocabularies';
import { SNAPSHOT_NAMES, type MappedCollection } from '@content/model/fields';
import { DEFAULT_LOCALE } from '@content/model/locales';

/** Where the admin's "Preview" opens a document's draft (a route of the admin app: `cms/app/(payload)/preview`). */
export const previewPath = (collection: string, id: number | string) => `/preview/${collection}/${id}`;

export type PreviewAnswer = { status: number; html: string };

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

/**
 * The public page of a co-written document, rendered from its latest draft, for the
 * admin's "Preview". Only for someone signed in who may read that draft: the person is
 * read from the request's own cookie or token (`payload.auth`), and the draft is read as
 * them (`overrideAccess: false`), so the multi-tenant rules keep another council's people
 * out exactly as the API does. Anonymous: 401; anyone who may not read it: 404, the same
 * as a draft that isn't there, so nobody learns which drafts exist.
 */
export async function previewPage(payload: Payload, headers: Headers, collection: string, id: string): Promise<PreviewAnswer> {
  const { user } = await payload.auth({ headers });
  if (!user) return refusal(401, 'Sign in to the admin to preview a draft.');
  const config = coWrittenCollections(payload).find((c) => c.slug === collection);
  if (!config) return refusal(404, 'There is no draft here that you can preview.');
  let found: Record<string, unknown>;
  try {
    found = { ...(await payload.findByID({ collection: config.slug, id, draft: true, depth: 1, overrideAccess: false, user, disableErrors: false })) };
  } catch (error) {
    if (error instanceof NotFound || error instanceof Forbidden) return refusal(404, 'There is no draft here that you can preview.');
    throw error;
  }
  const title = text(found[config.titleField]) ?? 'Untitled';
  const mapped: MappedCollection | null = collection === 'entitlements' ? 'offers' : (Object.keys(SNAPSHOT_NAMES).find((k): k is MappedCollection => k === collection) ?? null);
  const fields = config.fields;
  const problems = mapped ? publishProblems(mapped, found, fields, { forApprover: actingRole(user, found.council) !== 'young-editor' }) : [];
  const banner = `<div class="banner${problems.length ? ' problems' : ''}" role="note">
<p><strong>Preview of a draft (${escapeHtml(reviewWords(found.reviewState))}).</strong> This is how the page will read once it is published. The public can’t see it.</p>
${problems.length ? `<p>Before it can be published:</p><ul>${problems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul>` : ''}
</div>`;
  return { status: 200, html: page(title, `${banner}<main><h1>${escapeHtml(title)}</h1>\n${pageBody(collection, found)}</main>`) };
}
