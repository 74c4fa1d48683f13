import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { contentSchemas } from '@content/model/contentFiles';
import { slugify } from '@cms/fields/slug';

/**
 * The seed content as files, checked against the content model (`@content/model/contentFiles`:
 * the snapshot's schemas with the files' own details), so a content file that would break
 * the site is refused, naming the file and the field, before anything is imported.
 */

export { contentSchemas };

type Out<K extends keyof typeof contentSchemas> = z.output<(typeof contentSchemas)[K]>;
type WithSlug<T> = T & { slug: string; file: string };

export type SeedContent = {
  authority: Out<'authority'> & { file: string };
  areas: WithSlug<Out<'area'>>[];
  offers: WithSlug<Out<'offer'>>[];
  guides: (WithSlug<Out<'guide'>> & { chapters: WithSlug<Out<'chapter'>>[] })[];
  spotlights: WithSlug<Out<'spotlight'>>[];
  glossary: WithSlug<Out<'glossary'>>[];
  pledges: WithSlug<Out<'pledge'>>[];
  indicators: (Out<'indicator'> & { file: string })[];
  searchWords: Out<'searchWord'>[];
  media: (Out<'media'> & { path: string })[];
};

/** A content problem, naming the file (and entry) and the field so an editor can fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}

/** The largest Markdown or YAML file the seed reads; bigger ones are refused before reading. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;
/** The largest media file the seed imports: the same limit as uploads in the admin. */
export const MAX_MEDIA_FILE_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Reads a Markdown or YAML file, refusing one over the size limit before reading it. */
function readText(file: string, rel: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(rel, '(file)', code === 'ENOENT' ? 'the file is missing' : `cannot be read (${code})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ContentError(rel, '(file)', 'is not a file');
    if (stat.size > MAX_TEXT_FILE_BYTES) {
      throw new ContentError(rel, '(file)', `is ${megabytes(stat.size)}; a content file may be at most ${megabytes(MAX_TEXT_FILE_BYTES)}`);
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * A `media.yaml` entry's file, which must be inside `content/media/`: no absolute path, no
 * `..`, and no link that leads outside. Returns the real path of the file to import.
 */
function mediaFile(mediaDir: string, name: string, where: string, rel: (p: string) => string): string {
  const inside = `must be a file in ${rel(mediaDir)}/`;
  if (path.isAbsolute(name) || path.win32.isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
    throw new ContentError(where, 'file', `"${name}" ${inside} (no absolute paths, no "..")`);
  }
  const file = path.join(mediaDir, name);
  if (!existsSync(file)) throw new ContentError(where, 'file', `${rel(file)} does not exist`);
  const real = realpathSync(file);
  if (!real.startsWith(realpathSync(mediaDir) + path.sep)) {
    throw new ContentError(where, 'file', `"${name}" ${inside}: it is a link to a file outside it`);
  }
  const stat = statSync(real);
  if (!stat.isFile()) throw new ContentError(where, 'file', `"${name}" ${inside}`);
  if (stat.size > MAX_MEDIA_FILE_BYTES) {
    throw new ContentError(where, 'file', `${rel(file)} is ${megabytes(stat.size)}; a media file may be at most ${megabytes(MAX_MEDIA_FILE_BYTES)}`);
  }
  return real;
}

function check<K extends keyof typeof contentSchemas>(kind: K, data: unknown, where: string): Out<K> {
  const result = contentSchemas[kind].safeParse(data);
  if (result.success) return result.data as Out<K>;
  const issue = result.error.issues[0]!;
  throw new ContentError(where, issue.path.join('.') || '(whole entry)', issue.message);
}

function readYaml(file: string, rel: string): unknown {
  try {
    return parseYaml(readText(file, rel));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(rel, '(file)', `not valid YAML: ${(error as Error).message}`);
  }
}

/** Splits a Markdown file into its YAML front matter and body. */
export function parseFrontMatter(text: string, rel: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ContentError(rel, '(front matter)', 'the file must start with YAML front matter between "---" lines');
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new ContentError(rel, '(front matter)', `not valid YAML: ${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object') throw new ContentError(rel, '(front matter)', 'must be a YAML mapping');
  return { data: data as Record<string, unknown>, body: match[2]!.trim() };
}

const slugOf = (file: string) => path.basename(file).replace(/\.(md|ya?ml)$/, '').replace(/^\d+-/, '');

function list(file: string, rel: string): unknown[] {
  const data = readYaml(file, rel);
  if (!Array.isArray(data)) throw new ContentError(rel, '(file)', 'must be a YAML list');
  return data;
}

function markdownFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
}

function uniqueSlugs(items: { slug: string; file: string }[], what: string): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const other = seen.get(item.slug);
    if (other) throw new ContentError(item.file, 'slug', `"${item.slug}" is already used by ${other} (${what} slugs must be unique)`);
    seen.set(item.slug, item.file);
  }
}

/**
 * Reads and checks every content file. Throws a `ContentError` at the first problem,
 * before anything is written anywhere.
 */
export function readContent(contentDir: string): SeedContent {
  const rel = (p: string) => path.relative(path.dirname(contentDir), p);
  const at = (...parts: string[]) => path.join(contentDir, ...parts);

  const authorityFile = at('authority.yaml');
  const authority = { ...check('authority', readYaml(authorityFile, rel(authorityFile)), rel(authorityFile)), file: rel(authorityFile) };

  const entries = <K extends 'area' | 'glossary' | 'pledge'>(kind: K, name: string, key: (e: Record<string, unknown>) => unknown) =>
    list(at(name), rel(at(name))).map((entry, i) => {
      const where = `${rel(at(name))} (entry ${i + 1})`;
      const data = check(kind, entry, where) as Out<K> & { slug?: string };
      const slug = data.slug || slugifyLoose(String(key(entry as Record<string, unknown>)));
      return { ...data, slug, file: where };
    });

  const areas = entries('area', 'areas.yaml', (e) => e.title);
  const glossary = entries('glossary', 'glossary.yaml', (e) => e.term);
  const pledges = entries('pledge', 'pledges.yaml', (e) => e.youSaid);
  const indicators = list(at('indicators.yaml'), rel(at('indicators.yaml'))).map((entry, i) => {
    const where = `${rel(at('indicators.yaml'))} (entry ${i + 1})`;
    return { ...check('indicator', entry, where), file: where };
  });

  const searchWords = existsSync(at('search-words.yaml'))
    ? list(at('search-words.yaml'), rel(at('search-words.yaml'))).map((entry, i) =>
        check('searchWord', entry, `${rel(at('search-words.yaml'))} (entry ${i + 1})`),
      )
    : [];

  const fromMarkdown = <K extends 'offer' | 'spotlight' | 'chapter' | 'guide'>(kind: K, file: string, bodyKey = 'body') => {
    const { data, body } = parseFrontMatter(readText(file, rel(file)), rel(file));
    const parsed = check(kind, { ...data, [bodyKey]: body }, rel(file)) as Out<K> & { slug?: string };
    return { ...parsed, slug: parsed.slug || slugOf(file), file: rel(file) };
  };

  const offers = markdownFiles(at('offers')).map((f) => fromMarkdown('offer', at('offers', f)));
  const spotlights = markdownFiles(at('spotlights')).map((f) => fromMarkdown('spotlight', at('spotlights', f)));
  const guides = (existsSync(at('guides')) ? readdirSync(at('guides')).sort() : []).map((dir) => {
    const guide = fromMarkdown('guide', at('guides', dir, 'index.md'), 'intro');
    const chapters = markdownFiles(at('guides', dir))
      .filter((f) => f !== 'index.md')
      .map((f) => fromMarkdown('chapter', at('guides', dir, f)));
    if (!chapters.length) throw new ContentError(guide.file, 'chapters', 'a guide needs at least one chapter file (01-name.md)');
    uniqueSlugs(chapters, 'chapter');
    return { ...guide, slug: guide.slug === 'index' ? dir : guide.slug, chapters };
  });

  const media = existsSync(at('media.yaml'))
    ? list(at('media.yaml'), rel(at('media.yaml'))).map((entry, i) => {
        const where = `${rel(at('media.yaml'))} (entry ${i + 1})`;
        const data = check('media', entry, where);
        return { ...data, path: mediaFile(at('media'), data.file, where, rel) };
      })
    : [];

  uniqueSlugs(areas, 'area');
  uniqueSlugs(offers, 'offer');
  uniqueSlugs(spotlights, 'spotlight');
  uniqueSlugs(guides, 'guide');
  uniqueSlugs(glossary, 'glossary');
  uniqueSlugs(pledges, 'pledge');

  // Cross-references: name the file and field that points at something missing.
  const areaSlugs = new Set(areas.map((a) => a.slug));
  const offerSlugs = new Set(offers.map((o) => o.slug));
  const mediaFiles = new Set(media.map((m) => m.file));
  for (const offer of offers) {
    if (!areaSlugs.has(offer.area)) throw new ContentError(offer.file, 'area', `no area "${offer.area}" in areas.yaml`);
  }
  for (const pledge of pledges) {
    if (pledge.area && !areaSlugs.has(pledge.area)) throw new ContentError(pledge.file, 'area', `no area "${pledge.area}" in areas.yaml`);
  }
  for (const guide of guides) {
    for (const chapter of guide.chapters) {
      chapter.relatedOffers.forEach((slug, i) => {
        if (!offerSlugs.has(slug)) throw new ContentError(chapter.file, `relatedOffers.${i}`, `no offer "${slug}" in offers/`);
      });
    }
  }
  for (const spotlight of spotlights) {
    if (spotlight.image && !mediaFiles.has(spotlight.image)) {
      throw new ContentError(spotlight.file, 'image', `"${spotlight.image}" is not listed in media.yaml`);
    }
  }

  return { authority, areas, offers, guides, spotlights, glossary, pledges, indicators, searchWords, media };
}

/** Slugs made from a sentence (a pledge's "you said") are cut to a readable length. */
function slugifyLoose(text: string): string {
  return slugify(text).slice(0, 60).replace(/-+$/, '');
}
