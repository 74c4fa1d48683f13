/**
 * A synthetic site snapshot of any size, for the build-scale benchmark (`bench/scale.ts`).
 *
 * Made through the same contract as a real snapshot, so a change to the content model stops
 * the generator (and `npm test`, which runs the benchmark tiny) with a message naming the
 * field, instead of leaving the benchmark to fail later in a site build:
 *   - the demo's content is read with the seed's own reader (`readContent`,
 *     cms/seed/readContent.ts: every file checked against the content model,
 *     content/model/contentFiles.ts), the national entitlements with Demo Borough's local
 *     details applied the way its site shows them (`councilOffers`); drafts are left out, as
 *     the export leaves them out;
 *   - every council, offer and area gets the open-data id the CMS would give it (a UUID of its
 *     own, `cms/fields/uuid.ts`), here made from its name (`uuidFrom`) so a run can be repeated;
 *   - the result is checked with the snapshot's own validation (`validateSnapshot`,
 *     content/model/snapshot.ts, the zod schemas the site builds from) and for open-data ids
 *     used twice (the CMS keeps them unique): a document the site would leave out, or an id
 *     used twice, is an error naming the collection, the document and the field.
 *
 * Everything but the offers, areas, glossary and search words is the test fixture's
 * (`tests/fixtures/snapshot.json`: council, guide, spotlights, pledges, indicators). The
 * council can be renamed (`council`), so the scale benchmark can make one snapshot per
 * council. The offers are the demo's own (real-sized rich text, converted to Lexical here),
 * cycled with a numbered slug and title until there are `offers` of them, spread over every
 * area. The fixture's offers are kept under their own slugs so the guide's links hold.
 * Deterministic: the same `offers`, `seed` and council give the same file byte for byte.
 *
 *   npx tsx bench/synthetic.ts --offers 2000 [--seed 1] [--out file.json]   (default: in the temp folder)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { validateSnapshot, SnapshotError, type ValidSnapshot } from '@content/model/snapshot';
import { isUuid, PLATFORM_NAMESPACE, uuidFrom } from '@content/model/uuid';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Json = Record<string, unknown>;

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ── Markdown → Lexical, for the subset content/ uses (paragraphs, ## headings, lists, **bold**, *italic*, links) ──

const text = (value: string, format = 0): Json => ({ type: 'text', text: value, format, style: '', mode: 'normal', detail: 0, version: 1 });
const block = (type: string, children: Json[], extra: Json = {}): Json => ({
  type,
  ...extra,
  format: '',
  indent: 0,
  direction: 'ltr',
  version: 1,
  children,
});

function inline(source: string): Json[] {
  const nodes: Json[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let at = 0;
  for (const m of source.matchAll(pattern)) {
    if (m.index > at) nodes.push(text(source.slice(at, m.index)));
    if (m[1] !== undefined) nodes.push(text(m[1], 1));
    else if (m[2] !== undefined) nodes.push(text(m[2], 2));
    else nodes.push(block('link', [text(m[3]!)], { fields: { url: m[4], newTab: false, linkType: 'custom' } }));
    at = m.index + m[0].length;
  }
  if (at < source.length) nodes.push(text(source.slice(at)));
  return nodes;
}

export function markdownToLexical(markdown: string): Json {
  const children: Json[] = [];
  const paragraphs = markdown.trim().split(/\n\s*\n/);
  for (const chunk of paragraphs) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    const heading = /^(#{2,4})\s+(.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      children.push(block('heading', inline(heading[2]!), { tag: `h${heading[1]!.length}` }));
    } else if (lines.every((l) => /^[-*]\s+/.test(l)) || lines.every((l) => /^\d+\.\s+/.test(l))) {
      const numbered = /^\d+\./.test(lines[0]!);
      children.push(
        block(
          'list',
          lines.map((l, i) => block('listitem', inline(l.replace(/^([-*]|\d+\.)\s+/, '')), { value: i + 1 })),
          { listType: numbered ? 'number' : 'bullet', tag: numbered ? 'ol' : 'ul', start: 1 },
        ),
      );
    } else {
      children.push(block('paragraph', inline(lines.join(' ')), { textFormat: 0 }));
    }
  }
  return { root: { type: 'root', format: '', indent: 0, direction: 'ltr', version: 1, children } };
}

// ── The snapshot ──

/** The namespace of the benchmark's open-data ids (made from names, so a run can be repeated). */
const BENCH_NAMESPACE = uuidFrom(PLATFORM_NAMESPACE, 'bench:synthetic');

/** Without the content files' own details (`file`, `draft`, the local detail applied), as the export leaves them. */
function withoutFileDetails<T extends Record<string, unknown>>(entry: T): Json {
  const { file: _file, draft: _draft, localNote: _note, localDetail: _detail, ...rest } = entry;
  return rest;
}

export interface SyntheticOptions {
  /** How many offers in all (the fixture's four included). */
  offers: number;
  seed?: number;
  /**
   * The council the snapshot is for (default: the fixture's Demo Borough). Its name, ONS code
   * (`DEMO…`, the fictional councils' pattern) and public address replace the fixture's.
   */
  council?: { name: string; onsCode: string; siteUrl?: string };
}

export interface SyntheticSnapshot {
  snapshot: Json;
  /** Offers, areas, guide chapters, spotlights…: what the site will build pages from. */
  counts: Record<string, number>;
}

/**
 * Checks a snapshot the way a real one is checked: the snapshot's validation must leave
 * nothing out, and no open-data id may name two things. Throws a `SnapshotError` with one
 * line per problem, each naming the collection, the document and the field.
 */
export function checkSnapshot(snapshot: unknown, source = 'synthetic snapshot'): ValidSnapshot {
  const valid = validateSnapshot(snapshot, source);
  const problems = [...valid.excluded];
  const owners = new Map<string, string>();
  const claim = (uuid: string, owner: string) => {
    const other = owners.get(uuid);
    if (other) problems.push(`${owner}: field "uuid": "${uuid}" is already the open-data id of ${other} (the CMS gives every council, offer and area its own)`);
    else owners.set(uuid, owner);
  };
  if (valid.authority) claim(valid.authority.uuid, 'authority council');
  for (const area of valid.areas) claim(area.uuid, `areas "${area.slug}"`);
  for (const offer of valid.offers) claim(offer.uuid, `offers "${offer.slug}"`);
  if (problems.length) {
    throw new SnapshotError(`The ${source} breaks the snapshot's contract (content/model): ${problems.length} problem(s), the first ${Math.min(10, problems.length)}:`, problems.slice(0, 10));
  }
  return valid;
}

/** A snapshot with `offers` offers that passes the snapshot's contract (throws naming the field if not). */
export function syntheticSnapshot({ offers: total, seed = 1, council }: SyntheticOptions): SyntheticSnapshot {
  const fixture = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'snapshot.json'), 'utf8')) as Json;
  const content = readContent(path.join(root, 'content'));
  const random = seededRandom(seed);

  const fixtureAuthority = fixture.authority as Json;
  const authority: Json = council
    ? {
        ...fixtureAuthority,
        name: council.name,
        onsCode: council.onsCode,
        uuid: uuidFrom(BENCH_NAMESPACE, `council:${council.onsCode}`),
        ...(council.siteUrl ? { siteUrl: council.siteUrl } : {}),
      }
    : fixtureAuthority;
  const councilId = String(authority.uuid);
  // Every offer on this council's site has an open-data id of its own; an id the fixture gives is kept when it is valid.
  const offerId = (slug: string) => uuidFrom(isUuid(councilId) ? councilId : BENCH_NAMESPACE, `offer:${slug}`);

  // The demo's areas (national: the same ids on every council's site), plus any fixture area they lack.
  const contentAreas: Json[] = content.areas.map((area) => ({ ...withoutFileDetails(area), uuid: area.uuid ?? uuidFrom(BENCH_NAMESPACE, `area:${area.slug}`) }));
  const fixtureAreas = fixture.areas as Json[];
  const areas: Json[] = [...contentAreas, ...fixtureAreas.filter((a) => !contentAreas.some((c) => c.slug === a.slug))];
  const fixtureGlossary = fixture.glossary as Json[];
  const contentGlossary = content.glossary.map(withoutFileDetails);
  const glossary = [...contentGlossary, ...fixtureGlossary.filter((g) => !contentGlossary.some((c) => c.slug === g.slug))];

  const demo = content.councils.find((c) => c.slug === 'demo-borough') ?? content.councils[0];
  if (!demo) throw new Error('content/councils/ has no council to take offers from');
  // The offers Demo Borough's site shows: the entitlements with its local details, and its local offers; published only.
  const sources = councilOffers(content, demo).filter((offer) => !offer.draft);
  const bodies = new Map(sources.map((offer) => [offer.slug, markdownToLexical(offer.body)]));

  const templates = fixture.offers as Json[];
  const offers: Json[] = templates.map((offer) => ({ ...offer, uuid: council ? offerId(String(offer.slug)) : offer.uuid }));
  const areaSlugs = areas.map((a) => a.slug as string);
  for (let i = 0; offers.length < total; i += 1) {
    const source = sources[i % sources.length]!;
    const round = Math.floor(i / sources.length) + 1;
    const slug = `${source.slug}-${round}`;
    offers.push({
      ...withoutFileDetails(source),
      slug,
      uuid: offerId(slug),
      title: `${source.title} ${round}`,
      body: bodies.get(source.slug),
      // Spread over every area, not only the one the demo offer is in.
      area: areaSlugs[Math.floor(random() * areaSlugs.length)],
      updatedAt: templates[i % templates.length]!.updatedAt,
    });
  }

  const snapshot: Json = {
    ...fixture,
    authority,
    areas,
    glossary,
    offers,
    searchWords: content.searchWords,
  };
  const valid = checkSnapshot(snapshot);
  const chapters = valid.guides.reduce((n, g) => n + g.chapters.length, 0);
  return {
    snapshot,
    counts: {
      offers: valid.offers.length,
      areas: valid.areas.length,
      guides: valid.guides.length,
      chapters,
      spotlights: valid.spotlights.length,
      glossary: valid.glossary.length,
      pledges: valid.pledges.length,
      searchWords: valid.searchWords.length,
    },
  };
}

/** Pages of content (offers, areas, guides, their chapters and /all/, spotlights): the rest of the site is a fixed ~20. */
export function contentPages(counts: Record<string, number>): number {
  return counts.offers! + counts.areas! + counts.guides! * 2 + counts.chapters! + counts.spotlights!;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const offers = Number(arg('offers') ?? 140);
  const seed = Number(arg('seed') ?? 1);
  const out = arg('out') ?? path.join(tmpdir(), `synthetic-snapshot-${offers}.json`);
  const { snapshot, counts } = syntheticSnapshot({ offers, seed });
  writeFileSync(out, JSON.stringify(snapshot));
  console.log(`${out}: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
}
