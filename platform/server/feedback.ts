/**
 * Readers' feedback, received by the platform's own server (issue 22, part 1): the form at the
 * foot of every page (`site/components/Feedback/Feedback.astro`) posts to `<site base>feedback`,
 * a plain HTML form that needs no script, sets no cookie and asks for no name or email.
 *
 * Each post is checked, in this order, and every refusal answers with a page in the reader's
 * language saying why and what to do (never a silent drop):
 *
 * 1. size: a body over `FEEDBACK_MAX_BYTES` is refused before it is read (413);
 * 2. shape: the form's fields, through `feedbackPostSchema` (400);
 * 3. the rate limit: `FEEDBACK_RATE_LIMIT` posts per client in `FEEDBACK_RATE_WINDOW_MS`,
 *    counted in the database (`FeedbackStore.admit`), so it holds across server processes; the
 *    client is its address (or, behind `SITE_TRUSTED_PROXIES` proxies, the address they saw),
 *    stored only as a keyed hash (429);
 * 4. the trap: a field hidden from people that only a robot fills in (400);
 * 5. the minimum time: sent sooner than `FEEDBACK_MIN_MS` after the page was shown, for a post
 *    that says when (always the script's; 400);
 * 6. the proof of work, when the script-enhanced form says it did one (400);
 * 7. something to say: Yes, No, or some words (400).
 *
 * The minimum time's honest limits: a page is static and cached, so without script the form
 * cannot say when the page was shown, and its post has no time to check. (It used to carry the
 * build time, a check any page older than a few seconds passed, and which made every page
 * differ on every build.) The script-enhanced form puts in the time the page was shown and adds
 * a small proof of work (`js=1`): for it, the time is required. A robot can still post the
 * no-script form, which is why the rate limit and the trap are the checks that always apply.
 *
 * Then emails and phone numbers are masked (`maskPersonalDetails`), the text is matched against
 * the urgent search words (urgent: the thank-you page shows urgent help first), and the store
 * saves it for the council that owns the page (`./feedbackStore`).
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  FEEDBACK_MAX_BYTES,
  FEEDBACK_MAX_TEXT,
  FEEDBACK_TRAP_FIELD,
  FEEDBACK_WORK_BITS,
  feedbackPostSchema,
  feedbackWorkInput,
  hasLeadingZeroBits,
  maskPersonalDetails,
  type FeedbackPost,
} from '@content/model/feedback';
import { DEFAULT_LOCALE, STORED_LOCALE_IDS, type StoredLocaleId } from '@content/model/locales';
import { settings, type SettingsEnv } from '@content/model/settings';
import { i18nFor, type I18n } from '@site/i18n';

/** A phone (or text) line shown as urgent help. */
export type HelpLine = { name: string; number: string; when: string; href: string };

/** What the server knows of the site a post came to. */
export type FeedbackSite = {
  /** The site's base path (`/`, `/riverford/`). */
  base: string;
  /** The council's id from the directory of sites; `library`: the practice library (national); none: take the form's ONS code. */
  councilId?: string | undefined;
};

/** One item of feedback, checked and masked, ready to store. */
export type FeedbackItem = {
  /** The council's id (from the directory of sites), or its ONS code (from the form), or neither: national. */
  council: { id: string } | { onsCode: string } | null;
  page: string;
  lang: StoredLocaleId;
  helpful: 'yes' | 'no' | undefined;
  text: string;
  urgent: boolean;
  entry: { collection: NonNullable<FeedbackPost['collection']>; slug: string } | null;
};

/** Where feedback goes: the database, through Payload (`./feedbackStore`), or a test's own. */
export interface FeedbackStore {
  /** Counts one post from `client` (an address; the store keeps only a keyed hash of it). */
  admit(client: string): Promise<{ ok: true } | { ok: false; retryMs: number }>;
  /** The phrases of the urgent search words, in English and `lang`. */
  urgentPhrases(lang: StoredLocaleId): Promise<string[]>;
  /** Stores one item; answers the council's own lines for urgent help (none for national feedback). */
  save(item: FeedbackItem): Promise<{ councilLines: HelpLine[] }>;
}

/** Where the refusal and thank-you pages' stylesheet is, under the site's base. */
export const FEEDBACK_CSS_PATH = '/feedback.css';

const FEEDBACK_CSS = `body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #0b0c0c; margin: 0 auto; max-inline-size: 40rem; padding: 1rem; }
a { color: #1d4f91; }
a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
.urgent { border-inline-start: 0.5rem solid #d4351c; padding-inline-start: 1rem; margin-block-end: 2rem; }
ul { padding-inline-start: 1.25rem; }
li { margin-block-end: 0.5rem; }
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const isStored = (id: string): id is StoredLocaleId => (STORED_LOCALE_IDS as readonly string[]).includes(id);
const ENGLISH: StoredLocaleId = isStored(DEFAULT_LOCALE.id) ? DEFAULT_LOCALE.id : 'en';
const languageOf = (id: string | undefined | null): StoredLocaleId => (id && isStored(id) ? id : ENGLISH);

/** Text folded for matching: lower case, letters and digits only, single spaces, padded. */
const fold = (text: string) => ` ${text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** True when the text contains one of the phrases as whole words. */
export function mentionsCrisis(text: string, phrases: readonly string[]): boolean {
  const folded = fold(text);
  return phrases.some((phrase) => {
    const p = fold(phrase);
    return p.trim() !== '' && folded.includes(p);
  });
}

/** The client's address: the socket's, or behind `SITE_TRUSTED_PROXIES` proxies the one the first of them saw. */
export function clientAddress(c: Context, env?: SettingsEnv): string {
  const proxies = settings(env).SITE_TRUSTED_PROXIES;
  let socket = 'unknown';
  try {
    socket = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not on a Node socket (a test calling app.request): one client.
  }
  if (proxies === 0) return socket;
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded[forwarded.length - proxies] ?? socket;
}

/** The lines urgent help lists first: 999, then the council's, then Samaritans and Shout (as the site's urgent help page). */
function nationalLine(t: I18n['t'], key: string): HelpLine {
  const number = t(`helpNow.lines.${key}.number`);
  return {
    name: t(`helpNow.lines.${key}.name`),
    number,
    when: t(`helpNow.lines.${key}.when`),
    href: key === 'shout' ? `sms:${number}?&body=SHOUT` : `tel:${number.replace(/[^\d+]/g, '')}`,
  };
}

/** A whole page: the reader's language, the site's own address for "go back", no script. */
function page(i18n: I18n, base: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(i18n.lang)}" dir="${i18n.dir}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="${escapeHtml(base)}${FEEDBACK_CSS_PATH.slice(1)}">
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

/** The link back to the page the feedback came from (a path inside the site: nothing else). */
function backLink(i18n: I18n, base: string, pagePath: string | undefined): string {
  const safe = pagePath && pagePath.startsWith('/') && !pagePath.startsWith('//') && !pagePath.includes('\\') ? pagePath : '/';
  return `<p><a href="${escapeHtml(`${base}${safe.slice(1)}`)}">${escapeHtml(i18n.t('feedback.back'))}</a></p>`;
}

const HTML = 'text/html; charset=utf-8';

export type FeedbackReply = { status: number; body: string; headers: Record<string, string> };

/** The stylesheet of the feedback pages. */
export const feedbackStylesheet = (): FeedbackReply => ({ status: 200, body: FEEDBACK_CSS, headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' } });

/** The refusal of a body over `FEEDBACK_MAX_BYTES` (before it is read: the language is the action's `?lang=`). */
export function sizeRefusal(lang: string | undefined, base: string): FeedbackReply {
  const i18n = i18nFor(languageOf(lang));
  return {
    status: 413,
    body: page(i18n, base, i18n.t('feedback.refusedTitle'), `<p>${escapeHtml(i18n.t('feedback.tooBig', { max: FEEDBACK_MAX_TEXT }))}</p>${backLink(i18n, base, undefined)}`),
    headers: { 'Content-Type': HTML, 'Cache-Control': 'no-store' },
  };
}

/**
 * Answers one post of the feedback form on `site`: a thank-you page (urgent help first when
 * the words call for it), or a refusal saying why.
 */
export async function receiveFeedback(c: Context, site: FeedbackSite, store: FeedbackStore, env?: SettingsEnv, now = Date.now()): Promise<FeedbackReply> {
  const { FEEDBACK_MIN_MS } = settings(env);
  let i18n = i18nFor(languageOf(c.req.query('lang')));
  const answer = (status: number, title: string, body: string, extra: Record<string, string> = {}): FeedbackReply => ({
    status,
    body: page(i18n, site.base, title, body),
    headers: { 'Content-Type': HTML, 'Cache-Control': 'no-store', ...extra },
  });
  const refuse = (status: number, message: string, pagePath?: string, extra: Record<string, string> = {}) =>
    answer(status, i18n.t('feedback.refusedTitle'), `<p>${escapeHtml(message)}</p>${backLink(i18n, site.base, pagePath)}`, extra);

  // 2. The form's fields (a form post; anything else is not this form).
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return refuse(400, i18n.t('feedback.invalid'));
  const fields = Object.fromEntries(new URLSearchParams(await c.req.text()));
  if ((fields.text ?? '').length > FEEDBACK_MAX_TEXT) return refuse(413, i18n.t('feedback.tooBig', { max: FEEDBACK_MAX_TEXT }), fields.page);
  const parsed = feedbackPostSchema.safeParse(fields);
  if (!parsed.success) return refuse(400, i18n.t('feedback.invalid'), fields.page);
  const post = parsed.data;
  i18n = i18nFor(languageOf(post.lang));

  // 3. The rate limit, counted for every post (refused ones too).
  try {
    const admitted = await store.admit(clientAddress(c, env));
    if (!admitted.ok) {
      const minutes = Math.max(1, Math.ceil(admitted.retryMs / 60_000));
      return refuse(429, i18n.t('feedback.tooMany', { minutes }), post.page, { 'Retry-After': String(Math.ceil(admitted.retryMs / 1000)) });
    }
  } catch (error) {
    console.error(`Feedback: the rate limit could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    return refuse(503, i18n.t('feedback.unavailable'), post.page);
  }

  // 4. The trap.
  if (post[FEEDBACK_TRAP_FIELD].trim() !== '') return refuse(400, i18n.t('feedback.trapRefused'), post.page);

  // 5. The minimum time, when the post says when the page was shown: the script's always does
  // (a time from the future is no time at all).
  if (post.js === '1' && post.shown === undefined) return refuse(400, i18n.t('feedback.tooFast'), post.page);
  if (post.shown !== undefined && (now - post.shown < FEEDBACK_MIN_MS || post.shown > now + 60_000)) return refuse(400, i18n.t('feedback.tooFast'), post.page);

  // 6. The proof of work, from the script-enhanced form.
  if (post.js === '1') {
    const digest = createHash('sha256').update(feedbackWorkInput(post.page, post.shown ?? 0, post.work ?? '')).digest();
    if (!post.work || !hasLeadingZeroBits(digest, FEEDBACK_WORK_BITS)) return refuse(400, i18n.t('feedback.invalid'), post.page);
  }

  // 7. Something to say.
  const text = maskPersonalDetails(post.text.trim());
  if (!post.helpful && !text) return refuse(400, i18n.t('feedback.empty'), post.page);

  let urgent = false;
  let councilLines: HelpLine[] = [];
  try {
    urgent = text !== '' && mentionsCrisis(post.text, await store.urgentPhrases(languageOf(post.lang)));
    const council = site.councilId === 'library' ? null : site.councilId ? { id: site.councilId } : post.council ? { onsCode: post.council } : null;
    ({ councilLines } = await store.save({
      council,
      page: post.page,
      lang: languageOf(post.lang),
      helpful: post.helpful,
      text,
      urgent,
      entry: post.collection && post.slug ? { collection: post.collection, slug: post.slug } : null,
    }));
  } catch (error) {
    console.error(`Feedback: could not be stored: ${error instanceof Error ? error.message : String(error)}`);
    return refuse(503, i18n.t('feedback.unavailable'), post.page);
  }

  const { t } = i18n;
  const lines = (list: HelpLine[]) =>
    `<ul>${list.map((line) => `<li>${escapeHtml(line.name)}: <a href="${escapeHtml(line.href)}">${escapeHtml(line.number)}</a>. ${escapeHtml(line.when)}</li>`).join('')}</ul>`;
  const thanks = `<p>${escapeHtml(t('feedback.thanks'))}</p>${backLink(i18n, site.base, post.page)}`;
  if (!urgent) return answer(200, t('feedback.thanksTitle'), thanks);
  // Urgent help first: its heading is the page's, then the lines (999, the council's, Samaritans, Shout), then the thanks.
  const urgentLines = [nationalLine(t, '999'), ...councilLines, nationalLine(t, 'samaritans'), nationalLine(t, 'shout')];
  return answer(200, t('feedback.urgentTitle'), `<div class="urgent"><p>${escapeHtml(t('feedback.urgent'))}</p>${lines(urgentLines)}</div><h2>${escapeHtml(t('feedback.thanksTitle'))}</h2>${thanks}`);
}
