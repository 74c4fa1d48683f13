/**
 * The data half of the `closure_days` migrations (SQLite and PostgreSQL alike; issue 20,
 * parts 4 and 5).
 *
 * - Each council may now list the days its leaving care office is closed besides weekends and
 *   bank holidays (`authorities_closure_days`). The three fictional demo councils get the
 *   closure days their `content/councils/<council>/authority.yaml` gives, as a fresh import
 *   would, when they have none yet; no other council is touched.
 * - A national entitlement is now refused to publish (and left out of the sites) without its
 *   source. Each national entitlement of the demo content gets the official address its file in
 *   `content/entitlements/` now gives, where it has none (the published document and its
 *   versions), so an upgraded platform keeps every page; an entitlement not in the demo content
 *   is left alone, and named in the log, for a platform editor to give it its source.
 *
 * Running it twice changes nothing.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './spotlightCouncils';

/** The demo councils' closure days, as their `authority.yaml` gives them (ISO days). */
export const DEMO_CLOSURE_DAYS: Record<string, { firstDay: string; lastDay: string | null }[]> = {
  'demo-borough': [{ firstDay: '2026-12-29', lastDay: '2026-12-31' }],
  northdale: [{ firstDay: '2026-12-24', lastDay: null }, { firstDay: '2026-12-29', lastDay: '2026-12-31' }],
  riverford: [{ firstDay: '2026-12-24', lastDay: null }],
};

const LAW = 'https://www.legislation.gov.uk/ukpga/1989/41/section/';
/** Each demo entitlement's source, as `content/entitlements/<slug>.md` gives it. */
export const ENTITLEMENT_SOURCES: Record<string, string> = {
  advocacy: `${LAW}26A`,
  'allowance-16-and-17': `${LAW}23B`,
  'back-to-education': `${LAW}23CA`,
  'bursary-16-to-19': 'https://www.gov.uk/government/publications/16-to-19-bursary-fund-guidance/16-to-19-bursary-fund-guide-2025-to-2026',
  'care-leaver-apprenticeship-bursary': 'https://www.gov.uk/government/publications/apprenticeships-bursary-for-care-leavers/apprenticeships-care-leavers-bursary-policy-summary',
  'care-leaver-covenant': 'https://mycovenant.org.uk/',
  'claiming-benefits': 'https://www.gov.uk/universal-credit',
  'health-charges': 'https://faq.nhsbsa.nhs.uk/knowledgebase/article/KA-25779/en-us',
  'health-history': 'https://www.gov.uk/government/publications/promoting-the-health-and-wellbeing-of-looked-after-children--2',
  'higher-education-bursary': 'https://www.legislation.gov.uk/uksi/2009/2274/contents/made',
  'homelessness-help': 'https://www.legislation.gov.uk/ukpga/1996/52/part/7',
  'junior-isa': 'https://www.gov.uk/government/publications/junior-individual-saving-accounts-for-looked-after-children/junior-individual-saving-accounts-for-looked-after-children',
  'moving-to-adult-services': 'https://www.legislation.gov.uk/ukpga/2014/23/section/58',
  'pathway-plan': `${LAW}23E`,
  'personal-adviser': 'https://www.gov.uk/leaving-foster-or-local-authority-care',
  'setting-up-home-allowance': `${LAW}23C`,
  'staying-close': 'https://www.legislation.gov.uk/ukpga/2026/21/section/7',
  'staying-put': 'https://www.gov.uk/leaving-foster-or-local-authority-care',
  'support-in-custody': `${LAW}23B`,
  'supported-accommodation': `${LAW}22C`,
  'university-holiday-accommodation': `${LAW}24B`,
  'your-care-records': 'https://www.legislation.gov.uk/eur/2016/679/article/15',
};

/** A stored day: noon UTC, the day the same in every UK time. */
const stored = (day: string) => `${day}T12:00:00.000Z`;

export async function fillClosureDays(db: Db, log: (message: string) => void = () => {}): Promise<void> {
  const { sql } = db;
  const councils = (await db.all(sql`SELECT "id", "slug" FROM "authorities" WHERE "is_demo" = true ORDER BY "id"`)) as { id: number | string; slug: string | null }[];
  for (const council of councils) {
    const days = council.slug ? DEMO_CLOSURE_DAYS[council.slug] : undefined;
    if (!days) continue;
    const [{ n } = { n: 0 }] = (await db.all(sql`SELECT COUNT(*) AS "n" FROM "authorities_closure_days" WHERE "_parent_id" = ${council.id}`)) as { n: number | string }[];
    if (Number(n) > 0) continue;
    for (const [order, day] of days.entries()) {
      await db.run(
        sql`INSERT INTO "authorities_closure_days" ("_order", "_parent_id", "id", "first_day", "last_day") VALUES (${order + 1}, ${council.id}, ${randomBytes(12).toString('hex')}, ${stored(day.firstDay)}, ${day.lastDay ? stored(day.lastDay) : null})`,
      );
    }
  }

  const entitlements = (await db.all(sql`SELECT "id", "slug", "source_url" FROM "entitlements" ORDER BY "id"`)) as { id: number | string; slug: string | null; source_url: string | null }[];
  for (const entitlement of entitlements) {
    if (entitlement.source_url?.trim()) continue;
    const source = entitlement.slug ? ENTITLEMENT_SOURCES[entitlement.slug] : undefined;
    if (!source) {
      log(`closure_days: the national entitlement "${entitlement.slug ?? entitlement.id}" (id ${entitlement.id}) has no source: it can't be published again, and the sites leave it out, until a platform editor gives it one (National content → National entitlements → Source (web address)).`);
      continue;
    }
    await db.run(sql`UPDATE "entitlements" SET "source_url" = ${source} WHERE "id" = ${entitlement.id}`);
    await db.run(sql`UPDATE "_entitlements_v" SET "version_source_url" = ${source} WHERE "parent_id" = ${entitlement.id} AND ("version_source_url" IS NULL OR "version_source_url" = '')`);
  }
}
