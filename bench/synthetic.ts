/**
 * A synthetic site snapshot of any size, for the build-scale benchmark (`bench/scale.ts`).
 *
 * Everything but the offers is the test fixture's (`tests/fixtures/snapshot.json`: council,
 * guide, spotlights, pledges, indicators) with the demo's areas, glossary and search words from
 * `content/` (9 areas, 46 terms with their aliases: the jargon buster does real work). The
 * council can be renamed (`council`), so the scale benchmark can make one snapshot per council. The offers are
 * the demo's own (`content/entitlements/*.md` and Demo Borough's `offers/`, real-sized rich text converted to Lexical here),
 * cycled with a numbered slug and title until there are `offers` of them, spread over
 * every area. The fixture's offers are kept under their own slugs so the guide's links hold.
 * Deterministic: the same `offers` and `seed` give the same file byte for byte.
 *
 * The result is checked with the site's own validation (`validateSnapshot`, the zod schemas
 * in site/loaders/schemas.ts): a generated document the site would leave out is an error.
 *
 *   npx tsx bench/synthetic.ts --offers 2000 [--seed 1] [--out file.json]   (default: in the temp folder)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { validateSnapshot } from '@site/loaders/payloadSnapshot';

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

// ── Sources ──

interface DemoOffer {
  slug: string;
  front: Json;
  body: Json;
}

function readFrontMatter(file: string): { front: Json; body: string } {
  const raw = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${file}: no front matter`);
  return { front: parseYaml(m[1]!) as Json, body: m[2]! };
}

/** The national entitlements (as offers of kind national) and Demo Borough's local offers. */
function demoOffers(): DemoOffer[] {
  const folders: [string, Json][] = [
    [path.join(root, 'content', 'entitlements'), { kind: 'national' }],
    [path.join(root, 'content', 'councils', 'demo-borough', 'offers'), {}],
  ];
  return folders.flatMap(([dir, extra]) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => {
        const { front, body } = readFrontMatter(path.join(dir, f));
        return { slug: f.replace(/\.md$/, ''), front: { ...front, ...extra }, body: markdownToLexical(body) };
      }),
  );
}

/** YAML dates come back as Date objects; the snapshot has ISO days. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
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

/** The search words from content/search-words.yaml, as the export writes them (national: the same for every council). */
function searchWords(): Json[] {
  const entries = parseYaml(readFileSync(path.join(root, 'content', 'search-words.yaml'), 'utf8')) as { says: string[] | string; means: string; urgent?: boolean }[];
  return (entries ?? []).map((e) => ({
    says: (Array.isArray(e.says) ? e.says.map(String) : String(e.says).split(',')).map((w) => w.trim()).filter(Boolean),
    means: e.means,
    urgent: Boolean(e.urgent),
  }));
}

export interface SyntheticSnapshot {
  snapshot: Json;
  /** Offers, areas, guide chapters, spotlights…: what the site will build pages from. */
  counts: Record<string, number>;
}

/** A snapshot with `offers` offers that passes the site's schemas (throws if any document would be left out). */
export function syntheticSnapshot({ offers: total, seed = 1, council }: SyntheticOptions): SyntheticSnapshot {
  const fixture = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'snapshot.json'), 'utf8')) as Json;
  const random = seededRandom(seed);
  const contentAreas = plain(parseYaml(readFileSync(path.join(root, 'content', 'areas.yaml'), 'utf8'))) as Json[];
  const fixtureAreas = fixture.areas as Json[];
  // The demo's areas, plus any fixture area they lack (its offers and pledges point at them).
  const areas = [...contentAreas, ...fixtureAreas.filter((a) => !contentAreas.some((c) => c.slug === a.slug))];
  const glossaryYaml = plain(parseYaml(readFileSync(path.join(root, 'content', 'glossary.yaml'), 'utf8'))) as Json[];
  const fixtureGlossary = fixture.glossary as Json[];
  const glossary = [...glossaryYaml, ...fixtureGlossary.filter((g) => !glossaryYaml.some((c) => c.slug === g.slug))];

  const templates = fixture.offers as Json[];
  const sources = demoOffers();
  const offers: Json[] = [...templates];
  const areaSlugs = areas.map((a) => a.slug as string);
  for (let i = 0; offers.length < total; i += 1) {
    const source = sources[i % sources.length]!;
    const round = Math.floor(i / sources.length) + 1;
    // The fixture's offer of the same kind gives any field the demo's front matter leaves out.
    const template = templates[i % templates.length]!;
    const front = plain(source.front) as Json;
    const offer: Json = {
      ...template,
      ...front,
      slug: `${source.slug}-${round}`,
      title: `${front.title as string} ${round}`,
      body: source.body,
      // Spread over every area, not only the one the demo offer is in.
      area: areaSlugs[Math.floor(random() * areaSlugs.length)],
      updatedAt: template.updatedAt,
    };
    if (!Array.isArray(offer.credits)) delete offer.credits;
    offers.push(offer);
  }

  const authority = council
    ? { ...(fixture.authority as Json), name: council.name, onsCode: council.onsCode, ...(council.siteUrl ? { siteUrl: council.siteUrl } : {}) }
    : fixture.authority;
  const snapshot: Json = { ...fixture, authority, areas, glossary, offers, searchWords: searchWords() };
  const valid = validateSnapshot(snapshot, 'synthetic snapshot');
  if (valid.excluded.length) {
    throw new Error(`The synthetic snapshot breaks the site's schemas:\n${valid.excluded.slice(0, 10).join('\n')}`);
  }
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
