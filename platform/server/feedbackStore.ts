/**
 * Where the platform's server puts readers' feedback (issue 22): the CMS's database, through
 * Payload's local API in the server's own process. The server is the only writer: the
 * `feedback` collection refuses every create through REST and GraphQL (`create: nobody`), and
 * the local API here writes with `overrideAccess` (its default). No shared secret and no second
 * hop through the admin's HTTP port: the server opens the same database the admin uses
 * (`DATABASE_URL`, or SQLite in `DATA_DIR`), as the build does.
 *
 * The rate limit is `rate-limiter-flexible`'s `RateLimiterDrizzle` on Payload's own Drizzle
 * connection and the `feedback_rate_limits` table (`@cms/lib/feedbackLimits`, created by the
 * committed migrations): one atomic upsert per post, so two server processes on one database
 * share one count. The client's address is kept only as an HMAC under the Payload secret.
 */
import { createHmac } from 'node:crypto';
import type { Payload } from 'payload';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { postgresFeedbackLimits, sqliteFeedbackLimits } from '@cms/lib/feedbackLimits';
import type { Authority, Feedback } from '@cms/payload-types';
import { settings, type SettingsEnv } from '@content/model/settings';
import type { FeedbackItem, FeedbackStore, HelpLine } from '@platform/server/feedback';

const tel = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

/** The council's out-of-hours line and its team's line, as the urgent help page lists them. */
function councilLines(council: Authority): HelpLine[] {
  return [
    { name: council.emergency.label, number: council.emergency.phone, when: council.emergency.hours, href: tel(council.emergency.phone) },
    { name: `${council.serviceName}, ${council.name}`, number: council.phone, when: council.openingHours, href: tel(council.phone) },
  ];
}

/** The store on an open Payload (the caller opens and closes it). */
export function payloadFeedbackStore(payload: Payload, env?: SettingsEnv): FeedbackStore {
  const { FEEDBACK_RATE_LIMIT, FEEDBACK_RATE_WINDOW_MS } = settings(env);
  const drizzle = 'drizzle' in payload.db ? payload.db.drizzle : null;
  if (!drizzle) throw new Error('Feedback needs a Drizzle database (SQLite or PostgreSQL).');
  const limiter = new RateLimiterDrizzle({
    storeClient: drizzle,
    schema: payload.db.name === 'postgres' ? postgresFeedbackLimits : sqliteFeedbackLimits,
    keyPrefix: 'feedback',
    points: FEEDBACK_RATE_LIMIT,
    duration: Math.max(1, Math.ceil(FEEDBACK_RATE_WINDOW_MS / 1000)),
  });

  const findCouncil = async (council: FeedbackItem['council']): Promise<Authority | null> => {
    if (!council) return null;
    if ('id' in council) return payload.findByID({ collection: 'authorities', id: council.id, depth: 0, disableErrors: true });
    const { docs } = await payload.find({ collection: 'authorities', where: { onsCode: { equals: council.onsCode } }, limit: 1, depth: 0 });
    return docs[0] ?? null;
  };

  /** The document a page was built from: the council's own, or the national one its site shows (an entitlement, a chapter). */
  const findDocument = async (entry: FeedbackItem['entry'], council: Authority | null): Promise<{ document: Feedback['document']; coAuthors: number[] }> => {
    if (!entry) return { document: null, coAuthors: [] };
    const ids = (list: (number | { id: number })[] | null | undefined) => (list ?? []).map((u) => (typeof u === 'number' ? u : u.id));
    const bySlug = { slug: { equals: entry.slug } };
    const inCouncil = council ? { and: [bySlug, { council: { equals: council.id } }] } : null;
    if (entry.collection === 'offers') {
      if (inCouncil) {
        const { docs } = await payload.find({ collection: 'offers', where: inCouncil, limit: 1, depth: 0 });
        if (docs[0]) return { document: { relationTo: 'offers', value: docs[0].id }, coAuthors: ids(docs[0].coAuthors) };
      }
      const { docs } = await payload.find({ collection: 'entitlements', where: bySlug, limit: 1, depth: 0 });
      if (docs[0]) return { document: { relationTo: 'entitlements', value: docs[0].id }, coAuthors: ids(docs[0].coAuthors) };
    }
    if (entry.collection === 'guides') {
      if (inCouncil) {
        const { docs } = await payload.find({ collection: 'guides', where: inCouncil, limit: 1, depth: 0 });
        if (docs[0]) return { document: { relationTo: 'guides', value: docs[0].id }, coAuthors: ids(docs[0].coAuthors) };
      }
      const { docs } = await payload.find({ collection: 'guide-chapters', where: bySlug, limit: 1, depth: 0 });
      if (docs[0]) return { document: { relationTo: 'guide-chapters', value: docs[0].id }, coAuthors: ids(docs[0].coAuthors) };
    }
    if (entry.collection === 'pledges' && inCouncil) {
      const { docs } = await payload.find({ collection: 'pledges', where: inCouncil, limit: 1, depth: 0 });
      if (docs[0]) return { document: { relationTo: 'pledges', value: docs[0].id }, coAuthors: ids(docs[0].coAuthors) };
    }
    return { document: null, coAuthors: [] };
  };

  return {
    async admit(client) {
      const key = createHmac('sha256', payload.secret).update(client).digest('base64url');
      try {
        await limiter.consume(key);
        return { ok: true };
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return { ok: false, retryMs: refusal.msBeforeNext };
        throw refusal;
      }
    },
    async urgentPhrases(lang) {
      const languages = [...new Set(['en' as const, lang])];
      const globals = await Promise.all(languages.map((locale) => payload.findGlobal({ slug: 'search-words', locale, depth: 0 })));
      return globals.flatMap((g) => (g.entries ?? []).filter((e) => e.urgent).flatMap((e) => e.says.split(',').map((say) => say.trim()).filter(Boolean)));
    },
    async save(item) {
      const council = await findCouncil(item.council);
      const { document, coAuthors } = await findDocument(item.entry, council);
      await payload.create({
        collection: 'feedback',
        data: {
          council: council?.id ?? null,
          status: 'new',
          helpful: item.helpful ?? null,
          text: item.text || null,
          urgent: item.urgent,
          pageUrl: item.page,
          language: item.lang,
          document,
          coAuthors,
        },
        depth: 0,
      });
      return { councilLines: council ? councilLines(council) : [] };
    },
  };
}

/** Opens Payload (the settings' database, migrated by `npm start` or `npm run migrate`) and the store on it: for `npm run serve`, on the first post. */
export async function openFeedbackStore(): Promise<FeedbackStore> {
  const { openPayload } = await import('@cms/lib/payload');
  return payloadFeedbackStore(await openPayload());
}
