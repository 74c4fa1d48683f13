/**
 * Checking a whole snapshot: the file `platform/scripts/export.ts` writes, of everything an
 * anonymous reader may see (published documents only, relationships resolved to slugs).
 *
 * The site's loaders (`site/loaders/payloadSnapshot.ts`) build from what passes; the CMS
 * uses the same check for its dashboard and build log (`cms/lib/leftOut.ts`) and, entry by
 * entry, before publishing (`collectionSchemas`, in `cms/hooks/checkPublishable.ts`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  areaSchema,
  authoritySchema,
  glossarySchema,
  guideSchema,
  indicatorSchema,
  offerSchema,
  pledgeSchema,
  searchWordSchema,
  snapshotSchema,
  spotlightSchema,
  type Area,
  type Authority,
  type GlossaryTerm,
  type Guide,
  type Indicator,
  type Offer,
  type Pledge,
  type SearchWord,
  type Spotlight,
} from './schemas';
import { changeEntrySchema, newestFirst, type ChangeEntry } from './changeLog';
import { oneSetting } from './settings';

/** What a national entitlement without its source is told, on the `sourceUrl` field (CMS and build alike). */
export const NATIONAL_SOURCE_MESSAGE =
  'A national entitlement needs its source: the web address of the law, guidance or announcement it comes from (https://…).';

/**
 * An offer as the site shows it. A national entitlement (kind `national`) must link its source,
 * so a reader can check what the law or the government says (issue 20, part 5): the CMS
 * refuses to publish one without it, and the build leaves one out.
 */
export const publishedOfferSchema = offerSchema.superRefine((offer, ctx) => {
  if (offer.kind === 'national' && !offer.sourceUrl) ctx.addIssue({ code: 'custom', path: ['sourceUrl'], message: NATIONAL_SOURCE_MESSAGE });
});

/** The schema each collection's entries must pass. `authority` is one object, not a list. */
export const collectionSchemas = {
  authority: authoritySchema,
  areas: areaSchema,
  offers: publishedOfferSchema,
  guides: guideSchema,
  spotlights: spotlightSchema,
  glossary: glossarySchema,
  pledges: pledgeSchema,
  indicators: indicatorSchema,
  searchWords: searchWordSchema,
  changes: changeEntrySchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export type ListCollection = Exclude<CollectionName, 'authority' | 'searchWords' | 'changes'>;

/** A snapshot whose every entry has passed its schema (defaults applied). */
export interface ValidSnapshot {
  generatedAt: string;
  /** A council's site, or the national practice library's. */
  kind: 'council' | 'library';
  /** The council (null for the library, which has none). */
  authority: Authority | null;
  areas: Area[];
  offers: Offer[];
  guides: Guide[];
  spotlights: Spotlight[];
  glossary: GlossaryTerm[];
  pledges: Pledge[];
  indicators: Indicator[];
  /** What people type, mapped to the site's words (entries that break the schema are left out). */
  searchWords: SearchWord[];
  /** The change log, newest first (entries that break the schema are left out). */
  changes: ChangeEntry[];
  /** Dangling references, by the collection that holds them. They are dropped, not fatal. */
  warnings: Partial<Record<CollectionName, string[]>>;
  /**
   * Published documents left out of the site because they break a schema, one line per
   * problem (`offers "x": field "sourceUrl": …`). The rest of the site is still built, so
   * one bad document never blocks a rebuild (or a takedown).
   */
  excluded: string[];
}

/** Thrown when the snapshot is missing, unreadable or breaks a schema. `problems` has one line each. */
export class SnapshotError extends Error {
  readonly problems: string[];
  constructor(message: string, problems: string[] = []) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message);
    this.name = 'SnapshotError';
    this.problems = problems;
  }
}

/** `"slug"` when the entry has one, else its id, else its position: what an editor can search for. */
function documentLabel(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object') {
    const { slug, id } = entry as { slug?: unknown; id?: unknown };
    if (typeof slug === 'string' && slug) return `"${slug}"`;
    if (typeof id === 'string' || typeof id === 'number') return `id ${JSON.stringify(id)}`;
  }
  return `#${index + 1}`;
}

/** One line per zod issue: `offers "x": field "eligibility.ageTo": Invalid input: …`. */
function describeIssues(collection: string, label: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field
      ? `${collection} ${label}: field "${field}": ${issue.message}`
      : `${collection} ${label}: ${issue.message}`;
  });
}

/**
 * Validates the entries of one collection: the documents that pass, and one line for
 * every problem of every document that doesn't (all of them, so an editor can fix
 * everything in one pass). A second document with a slug already used would make two
 * pages fight over one URL: it is left out too.
 */
export function checkEntries<C extends ListCollection>(
  collection: C,
  entries: unknown[],
): { valid: z.output<(typeof collectionSchemas)[C]>[]; problems: string[] } {
  const schema = collectionSchemas[collection];
  const problems: string[] = [];
  const valid: z.output<(typeof collectionSchemas)[C]>[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const label = documentLabel(entry, index);
    const result = schema.safeParse(entry);
    if (!result.success) {
      problems.push(...describeIssues(collection, label, result.error));
      return;
    }
    const { slug } = result.data as { slug: string };
    if (seen.has(slug)) {
      problems.push(`${collection} ${label}: field "slug": another document already uses this slug`);
      return;
    }
    seen.add(slug);
    valid.push(result.data as z.output<(typeof collectionSchemas)[C]>);
  });
  return { valid, problems };
}

/** Like {@link checkEntries}, but throws a {@link SnapshotError} listing the problems, if any. */
export function validateEntries<C extends ListCollection>(
  collection: C,
  entries: unknown[],
): z.output<(typeof collectionSchemas)[C]>[] {
  const { valid, problems } = checkEntries(collection, entries);
  if (problems.length) {
    throw new SnapshotError(`The snapshot has ${problems.length} problem(s) in "${collection}":`, problems);
  }
  return valid;
}

/** Optional council details that can be left off the site (they are links) instead of stopping it. */
const DROPPABLE_AUTHORITY_FIELDS = new Set(['website']);

/**
 * The council's details. They are on every page, so a problem in a required one stops the
 * build (the CMS refuses to save such details in the first place); an optional link that
 * breaks the URL rule is left off the site and reported in `excluded`.
 */
function checkAuthority(raw: Record<string, unknown>, source: string, excluded: string[]): Authority {
  const first = authoritySchema.safeParse(raw);
  if (first.success) return first.data;
  const fields = new Set(first.error.issues.map((issue) => String(issue.path[0] ?? '')));
  if ([...fields].every((field) => DROPPABLE_AUTHORITY_FIELDS.has(field))) {
    excluded.push(...describeIssues('authority', 'council', first.error));
    const cleaned = { ...raw };
    for (const field of fields) cleaned[field] = null;
    const second = authoritySchema.safeParse(cleaned);
    if (second.success) return second.data;
  }
  throw new SnapshotError(`${source}: the council's details have problems; fix them in the CMS (Settings → Councils):`, describeIssues('authority', 'council', first.error));
}

/**
 * Validates a parsed snapshot: its shape, the authority and every entry of every collection.
 * A snapshot that isn't one, or a council whose details break the schema, throws. A
 * document that breaks its schema is left out and reported in `excluded` (see
 * {@link checkEntries}), and references to documents that are not in the snapshot (say,
 * an offer a guide links to was unpublished, or left out) are dropped and reported in
 * `warnings`: one bad or unpublished page must never stop the rest of the site, takedowns
 * included, from rebuilding.
 *
 * @param raw the result of `JSON.parse` on the snapshot file
 * @param source where it came from, for the error message
 */
export function validateSnapshot(raw: unknown, source = 'snapshot'): ValidSnapshot {
  const shape = snapshotSchema.safeParse(raw);
  if (!shape.success) {
    throw new SnapshotError(
      `${source} is not a site snapshot:`,
      describeIssues('snapshot', 'file', shape.error),
    );
  }
  const excluded: string[] = [];
  const kind = shape.data.kind;
  if (kind === 'council' && !shape.data.authority) {
    throw new SnapshotError(`${source}: a council's snapshot needs the council's details ("authority").`);
  }
  const authority = kind === 'library' ? null : checkAuthority(shape.data.authority!, source, excluded);
  const collect = <C extends ListCollection>(collection: C, entries: unknown[]) => {
    const { valid, problems } = checkEntries(collection, entries);
    excluded.push(...problems);
    return valid;
  };
  const data = shape.data;
  const areas = collect('areas', data.areas);
  const offers = collect('offers', data.offers);
  const guides = collect('guides', data.guides);
  const spotlights = collect('spotlights', data.spotlights);
  const glossary = collect('glossary', data.glossary);
  const pledges = collect('pledges', data.pledges);
  const indicators = collect('indicators', data.indicators);
  const searchWords: SearchWord[] = [];
  data.searchWords.forEach((entry, i) => {
    const result = searchWordSchema.safeParse(entry);
    if (result.success) searchWords.push(result.data);
    else excluded.push(...describeIssues('searchWords', `#${i + 1}`, result.error));
  });
  const changes: ChangeEntry[] = [];
  data.changes.forEach((entry, i) => {
    const result = changeEntrySchema.safeParse(entry);
    if (result.success) changes.push(result.data);
    else excluded.push(...describeIssues('changes', `#${i + 1}`, result.error));
  });
  changes.sort(newestFirst);

  const warnings: ValidSnapshot['warnings'] = {};
  const warn = (collection: CollectionName, message: string) => {
    (warnings[collection] ??= []).push(message);
  };
  const areaSlugs = new Set(areas.map((a) => a.slug));
  const offerSlugs = new Set(offers.map((o) => o.slug));
  for (const offer of offers) {
    if (!areaSlugs.has(offer.area)) {
      warn('offers', `offers "${offer.slug}": field "area": no published area "${offer.area}"; the offer is listed under no area`);
    }
  }
  for (const guide of guides) {
    guide.chapters.forEach((chapter, i) => {
      const missing = chapter.relatedOffers.filter((s) => !offerSlugs.has(s));
      for (const slug of missing) {
        warn('guides', `guides "${guide.slug}": field "chapters.${i}.relatedOffers": no published offer "${slug}"; link left out`);
      }
      chapter.relatedOffers = chapter.relatedOffers.filter((s) => offerSlugs.has(s));
    });
  }
  for (const pledge of pledges) {
    if (pledge.area && !areaSlugs.has(pledge.area)) {
      warn('pledges', `pledges "${pledge.slug}": field "area": no published area "${pledge.area}"; link left out`);
      pledge.area = null;
    }
  }

  return {
    generatedAt: data.generatedAt,
    kind,
    authority,
    areas,
    offers,
    guides,
    spotlights,
    glossary,
    pledges,
    indicators,
    searchWords,
    changes,
    warnings,
    excluded,
  };
}

/** The snapshot file: `SITE_SNAPSHOT` (relative to the repo root) or `data/snapshot/snapshot.json`. */
export function snapshotPath(root: string | URL = process.cwd()): string {
  const rootDir = root instanceof URL ? fileURLToPath(root) : root;
  return path.resolve(rootDir, oneSetting('SITE_SNAPSHOT'));
}

/** Reads and parses the file. Missing or broken JSON fails with what to run. */
export async function readSnapshot(file: string): Promise<ValidSnapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new SnapshotError(
        `No site snapshot at ${file}. Run \`npm run export\` to write it from the CMS (or \`npm run build\`, which exports and then builds), ` +
          'or set SITE_SNAPSHOT=tests/fixtures/snapshot.json to build from the test fixture.',
      );
    }
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`${file} is not valid JSON (${(error as Error).message}). Run \`npm run export\` again.`);
  }
  return validateSnapshot(raw, file);
}

