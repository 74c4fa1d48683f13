/**
 * What one run of `astro build` builds: one site, or the sites of many councils at once
 * (issue 10, item 7: one Astro start-up and one bundle for every council, not one each).
 *
 * `platform/build/buildSite.ts` writes the plan to a JSON file and names it in `SITE_PLAN`; the
 * snapshot loaders and the pages read it here. Each site's pages are built under
 * `/<key>/…` (the `[...council]` route parameter) and then moved into that council's own
 * site folder, where they are served from its own address. With no plan (`astro dev`, or an
 * `astro build` by hand) there is one site, from `SITE_SNAPSHOT`, at the root.
 *
 * Loaded by `astro.config.mjs` before aliases exist: relative and `node:` imports only.
 */
import path from 'node:path';
import { z } from 'zod';
import { handOffText, readHandOffSync } from './handOff';
import { SLUG } from './patterns';
import { oneSetting } from './settings';

/** The national practice library's site: its key (a reserved short name no council can take) and folder. */
export const LIBRARY_KEY = 'library';

/** `plan.json` as the build writes it (paths as given; `readSitePlan` makes them absolute). */
export const sitePlanSchema = z.object({
  sites: z
    .array(
      z.object({
        /**
         * The folder its pages are built in (`/<key>/`): the council's short name, or for a
         * language of a council's site, the council's key and the language (`demo-borough/ar`),
         * whose pages go in the `ar/` folder of the council's site.
         */
        key: z.string().superRefine((key, ctx) => {
          const [council, language, ...rest] = key.split('/');
          if (!council || !SLUG.regex.test(council) || rest.length || (language !== undefined && !SLUG.regex.test(language)))
            ctx.addIssue({ code: 'custom', message: `a site's key must be a short name such as "northdale", or one and a language such as "northdale/ar" (got ${JSON.stringify(key)})` });
        }),
        /** The language of its pages (a locale id); English when not given. A language's key is `<council key>/<lang>`. */
        lang: z.string().optional(),
        /** Its snapshot.json. */
        snapshot: z.string().min(1, 'a site needs its snapshot'),
        /** Its public address (canonical links, the sitemap), if it has one. */
        siteUrl: z.string().optional(),
        /** `library`: the national practice library's own site (its snapshot has no council). */
        kind: z.enum(['council', 'library']).optional(),
      }),
    )
    .min(1, 'lists no sites')
    .superRefine((sites, ctx) => {
      const seen = new Set<string>();
      sites.forEach((site, i) => {
        if (seen.has(site.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `"${site.key}" is listed twice` });
        seen.add(site.key);
      });
    }),
  /** Every council's part of "how councils compare" (`./comparison`), if the build has them. */
  comparison: z.string().optional(),
  /** The national practice library's public address, which every council's site links to. */
  libraryUrl: z.string().optional(),
  /**
   * A preview of one draft for the admin (`platform/scripts/preview.ts`), never a public site:
   * every page says so in a banner, is not indexed and registers no service worker.
   */
  preview: z
    .object({
      /** Where the draft is in review, in words ("In review"). */
      state: z.string().min(1),
      /** What must be fixed before it can be published, one plain sentence each. */
      problems: z.array(z.string()),
    })
    .optional(),
});

/** The preview marker of a plan (see `sitePlanSchema`). */
export type PlanPreview = { state: string; problems: string[] };

/** A site of the plan, as the pages read it. */
export type PlannedSite = {
  /** The folder its pages are built in (`/<key>/`): the council's short name, or it and a language (`demo-borough/ar`). */
  key: string;
  /** Its snapshot.json (absolute). */
  snapshot: string;
  /** Its public address (canonical links, the sitemap), if it has one. */
  siteUrl?: string | undefined;
  /** `library`: the national practice library's own site (its snapshot has no council). */
  kind?: 'council' | 'library' | undefined;
  /** The language of its pages (a locale id, `en` when the plan names none). */
  lang: string;
};

export type SitePlan = {
  sites: PlannedSite[];
  /** Every council's part of "how councils compare" (`./comparison`), if the build has them (absolute). */
  comparison?: string | undefined;
  /** The national practice library's public address, which every council's site links to. */
  libraryUrl?: string | undefined;
  /** A preview of one draft for the admin, never a public site (see `sitePlanSchema`). */
  preview?: PlanPreview | undefined;
};

/** A site key in the route: `undefined` is the one site of a build without a plan (pages at the root). */
export type SiteKey = string | undefined;

/** Where the plan is named: `SITE_PLAN` of the settings (or a test's own environment). */
export type PlanEnv = Record<string, string | undefined> & { SITE_PLAN?: string | undefined };
const planEnv = (): PlanEnv => ({ SITE_PLAN: oneSetting('SITE_PLAN') });

/** The text of `plan.json` for `plan`, checked against the schema its reader uses. */
export const sitePlanText = (plan: z.input<typeof sitePlanSchema>, file: string): string => handOffText(sitePlanSchema, plan, `SITE_PLAN ${file}`);

let cached: { file: string | undefined; plan: SitePlan | null } | undefined;

/**
 * The plan named by `SITE_PLAN`, or null for a one-site build at the root. A plan that is
 * missing or not what `sitePlanSchema` says fails, naming the file and the field.
 */
export function readSitePlan(env: PlanEnv = planEnv()): SitePlan | null {
  const file = env.SITE_PLAN?.trim() || undefined;
  if (cached && cached.file === file) return cached.plan;
  let plan: SitePlan | null = null;
  if (file) {
    const raw = readHandOffSync(sitePlanSchema, file, `SITE_PLAN ${file}`);
    if (!raw) throw new Error(`SITE_PLAN ${file} could not be read: there is no such file.`);
    plan = {
      sites: raw.sites.map((s) => ({
        key: s.key,
        snapshot: path.resolve(s.snapshot),
        siteUrl: s.siteUrl || undefined,
        kind: s.kind === 'library' ? 'library' : 'council',
        lang: s.lang ?? 'en',
      })),
      ...(raw.comparison ? { comparison: path.resolve(raw.comparison) } : {}),
      ...(raw.libraryUrl ? { libraryUrl: raw.libraryUrl } : {}),
      ...(raw.preview ? { preview: raw.preview } : {}),
    };
  }
  cached = { file, plan };
  return plan;
}

/** The keys of the sites this run builds: each planned council, or `[undefined]` (one site, at the root). */
export function siteKeys(env: PlanEnv = planEnv()): SiteKey[] {
  const plan = readSitePlan(env);
  return plan ? plan.sites.map((site) => site.key) : [undefined];
}

/** A site's entry in the plan (undefined without a plan). */
export function plannedSite(key: SiteKey, env: PlanEnv = planEnv()): PlannedSite | undefined {
  if (key === undefined) return undefined;
  const site = readSitePlan(env)?.sites.find((s) => s.key === key);
  if (!site) throw new Error(`No site "${key}" in this build's plan (SITE_PLAN).`);
  return site;
}

/** Content entries of every site share a store: an entry's id is `<key>/<id>` (or `<id>` for a one-site build). */
export const entryId = (key: SiteKey, id: string) => (key === undefined ? id : `${key}/${id}`);
/**
 * The site an entry id belongs to, and its own id. `keys` are the plan's site keys (null for a
 * one-site build, whose ids are the entries' own). A key may hold a `/` (`demo-borough/ar`, a
 * language of a council's site), so an id is split on the longest key it starts with:
 * `demo-borough/ar/offer-a` is `demo-borough/ar`'s `offer-a`, not `demo-borough`'s `ar/offer-a`.
 */
export function splitEntryId(id: string, keys: readonly string[] | null): { key: SiteKey; id: string } {
  if (!keys) return { key: undefined, id };
  let key: string | undefined;
  for (const k of keys) if (id.startsWith(`${k}/`) && (!key || k.length > key.length)) key = k;
  if (key === undefined) throw new Error(`The content entry "${id}" belongs to no site of this build's plan (SITE_PLAN).`);
  return { key, id: id.slice(key.length + 1) };
}

/** The council a site key belongs to: `demo-borough` for `demo-borough/ar`, itself for a council's own site. */
export const councilKeyOf = (key: string): string => key.split('/')[0]!;

/**
 * The sites of one council in this build, English (the council's own) first, then each
 * language's (`demo-borough/ar`), in the plan's order. Empty without a plan.
 */
export function sitesOfCouncil(key: SiteKey, env: PlanEnv = planEnv()): PlannedSite[] {
  if (key === undefined) return [];
  const council = councilKeyOf(key);
  const sites = readSitePlan(env)?.sites.filter((s) => s.key === council || s.key.startsWith(`${council}/`)) ?? [];
  return [...sites].sort((a, b) => Number(a.key !== council) - Number(b.key !== council));
}

/** True for a language of a council's site (`demo-borough/ar`), false for the council's own (English) site. */
export const isLanguageSite = (key: SiteKey): boolean => key !== undefined && key.includes('/');

/** True for the national practice library's site in this build. */
export const isLibrarySite = (key: SiteKey, env: PlanEnv = planEnv()): boolean =>
  key !== undefined && readSitePlan(env)?.sites.find((s) => s.key === key)?.kind === 'library';

/** The draft this build previews for the admin, or undefined for a public build. */
export const planPreview = (env: PlanEnv = planEnv()): PlanPreview | undefined => readSitePlan(env)?.preview;
