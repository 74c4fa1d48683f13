import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { applyLocalDetail, contentSchemas } from '@content/model/contentFiles';
import { SLUG } from '@content/model/patterns';
import { changeFileSchema, type ChangeFileEntry } from '@content/model/changeLog';
import { TRANSLATION_LOCALE_IDS } from '@content/model/locales';
import { slugify } from '@cms/fields/slug';

/**
 * The seed content as files, checked against the content model (`@content/model/contentFiles`:
 * the snapshot's schemas with the files' own details), so a content file that would break
 * the site is refused, naming the file and the field, before anything is imported.
 */

export { contentSchemas };

type Out<K extends keyof typeof contentSchemas> = z.output<(typeof contentSchemas)[K]>;
type WithSlug<T> = T & { slug: string; file: string };

/** One council's folder, `content/councils/<slug>/`. */
export type CouncilContent = {
  /** The folder name. */
  slug: string;
  authority: Out<'authority'> & { file: string };
  /** The council's local offers (`kind: local`). */
  offers: WithSlug<Out<'offer'>>[];
  /** Its local part of national entitlements; `file` names the entry. */
  localDetails: (Out<'localDetail'> & { file: string })[];
  guides: (WithSlug<Out<'guide'>> & { chapters: WithSlug<Out<'chapter'>>[] })[];
  /** Its local parts of national guide chapters (`guides-local.yaml`); `file` names the entry. */
  guideLocalParts: (Out<'guideLocal'> & { file: string })[];
  pledges: WithSlug<Out<'pledge'>>[];
  indicators: (Out<'indicator'> & { file: string })[];
  /** Its local glossary terms (`glossary.yaml`, optional): shown with the national glossary on its site. */
  glossary: WithSlug<Out<'glossary'>>[];
  /** Its change log (`changes.yaml`, optional; issue 22, part 4). */
  changes: (ChangeFileEntry & { file: string })[];
};

export type SeedContent = {
  /** The register of councils (`register.yaml`): every council spotlights and figures may name. */
  register: (Out<'registeredCouncil'> & { file: string })[];
  areas: WithSlug<Out<'area'>>[];
  glossary: WithSlug<Out<'glossary'>>[];
  spotlights: WithSlug<Out<'spotlight'>>[];
  searchWords: Out<'searchWord'>[];
  /**
   * Each other language's own search words (`search-words.<lang>.yaml`, issue 21 part 5): what
   * people type in that language, crisis words first; not a translation of the English list.
   */
  searchWordsByLanguage: Partial<Record<string, Out<'searchWord'>[]>>;
  media: (Out<'media'> & { path: string })[];
  /** The national entitlements (`content/entitlements/*.md`), written once for every council. */
  entitlements: WithSlug<Out<'entitlement'>>[];
  /** The national guide's chapters (`content/guides/*.md`), written once for every council. */
  guideChapters: WithSlug<Out<'guideChapter'>>[];
  /** Each folder in `content/councils/`, in folder-name order. */
  councils: CouncilContent[];
  /** The national change log (`changes.yaml`): changes to entitlements and the national guide. */
  changes: (ChangeFileEntry & { file: string })[];
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
export function readText(file: string, rel: string): string {
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

export function readYaml(file: string, rel: string): unknown {
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
 * Reads and checks every content file: the national content, then each council's folder.
 * Throws a `ContentError` at the first problem, before anything is written anywhere.
 */
export function readContent(contentDir: string): SeedContent {
  const rel = (p: string) => path.relative(path.dirname(contentDir), p);
  const at = (...parts: string[]) => path.join(contentDir, ...parts);
  const reader = contentReader(rel);

  const register = reader.optionalList(at('register.yaml')).map(({ entry, where }) => ({ ...reader.check('registeredCouncil', entry, where), file: where }));
  const registered = new Set<string>();
  for (const entry of register) {
    if (registered.has(entry.onsCode)) throw new ContentError(entry.file, 'onsCode', `"${entry.onsCode}" is already in the register`);
    registered.add(entry.onsCode);
  }
  const areas = reader.entries('area', at('areas.yaml'), (e) => e.title);
  const glossary = reader.entries('glossary', at('glossary.yaml'), (e) => e.term);
  const searchWords = reader.optionalList(at('search-words.yaml')).map(({ entry, where }) => reader.check('searchWord', entry, where));
  const searchWordsByLanguage = Object.fromEntries(
    TRANSLATION_LOCALE_IDS.map((lang) => [lang, reader.optionalList(at(`search-words.${lang}.yaml`)).map(({ entry, where }) => reader.check('searchWord', entry, where))] as const).filter(
      ([, words]) => words.length > 0,
    ),
  );
  const spotlights = markdownFiles(at('spotlights')).map((f) => reader.fromMarkdown('spotlight', at('spotlights', f)));
  const entitlements = markdownFiles(at('entitlements')).map((f) => reader.fromMarkdown('entitlement', at('entitlements', f)));
  const guideChapters = markdownFiles(at('guides')).map((f) => reader.fromMarkdown('guideChapter', at('guides', f)));
  const media = reader.optionalList(at('media.yaml')).map(({ entry, where }) => {
    const data = reader.check('media', entry, where);
    return { ...data, path: mediaFile(at('media'), data.file, where, rel) };
  });

  uniqueSlugs(areas, 'area');
  uniqueSlugs(spotlights, 'spotlight');
  uniqueSlugs(glossary, 'glossary');
  uniqueSlugs(entitlements, 'entitlement');
  uniqueSlugs(guideChapters, 'guide chapter');

  // Cross-references: name the file and field that points at something missing.
  const areaSlugs = new Set(areas.map((a) => a.slug));
  const mediaFiles = new Set(media.map((m) => m.file));
  for (const entitlement of entitlements) {
    if (!areaSlugs.has(entitlement.area)) throw new ContentError(entitlement.file, 'area', `no area "${entitlement.area}" in areas.yaml`);
  }
  for (const spotlight of spotlights) {
    spotlight.councils.forEach((code, i) => {
      if (!registered.has(code)) throw new ContentError(spotlight.file, `councils.${i}`, `no council with ONS code "${code}" in register.yaml`);
    });
    if (spotlight.image && !mediaFiles.has(spotlight.image)) {
      throw new ContentError(spotlight.file, 'image', `"${spotlight.image}" is not listed in media.yaml`);
    }
  }

  const councilsDir = at('councils');
  const folders = existsSync(councilsDir)
    ? readdirSync(councilsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  if (!folders.length) throw new ContentError(rel(councilsDir), '(folder)', 'needs at least one council folder with an authority.yaml');
  const entitlementSlugs = new Set(entitlements.map((e) => e.slug));
  for (const chapter of guideChapters) {
    chapter.relatedEntitlements.forEach((related, i) => {
      if (!entitlementSlugs.has(related)) throw new ContentError(chapter.file, `relatedEntitlements.${i}`, `no entitlement "${related}" in content/entitlements/`);
    });
  }
  const chapterSlugs = new Set(guideChapters.map((c) => c.slug));
  const councils = folders.map((folder) => readCouncil(reader, path.join(councilsDir, folder), { areaSlugs, entitlementSlugs, chapterSlugs, registered }));

  // Councils are told apart by their ONS code and their public address.
  for (const key of ['onsCode', 'siteUrl'] as const) {
    const seen = new Map<string, string>();
    for (const { authority } of councils) {
      const value = authority[key];
      if (!value) continue;
      const other = seen.get(value);
      if (other) throw new ContentError(authority.file, key, `"${value}" is already used by ${other} (each council needs its own)`);
      seen.set(value, authority.file);
    }
  }

  const changes = readChanges(reader, at('changes.yaml'));
  return { register, areas, glossary, spotlights, searchWords, searchWordsByLanguage, media, entitlements, guideChapters, councils, changes };
}

/** One council's folder: `authority.yaml` is required, everything else optional. */
function readCouncil(
  reader: ReturnType<typeof contentReader>,
  dir: string,
  national: { areaSlugs: Set<string>; entitlementSlugs: Set<string>; chapterSlugs: Set<string>; registered: Set<string> },
): CouncilContent {
  const { rel } = reader;
  const at = (...parts: string[]) => path.join(dir, ...parts);
  const slug = path.basename(dir);
  if (!SLUG.regex.test(slug)) throw new ContentError(rel(dir), '(folder name)', `"${slug}" is the council's slug: ${SLUG.message}`);

  const authorityFile = at('authority.yaml');
  const authority = { ...reader.check('authority', readYaml(authorityFile, rel(authorityFile)), rel(authorityFile)), file: rel(authorityFile) };

  const offers = markdownFiles(at('offers')).map((f) => reader.fromMarkdown('offer', at('offers', f)));
  const localDetails = reader.optionalList(at('local-details.yaml')).map(({ entry, where }) => ({ ...reader.check('localDetail', entry, where), file: where }));
  const guides = (existsSync(at('guides')) ? readdirSync(at('guides')).sort() : []).map((name) => {
    const guide = reader.fromMarkdown('guide', at('guides', name, 'index.md'), 'intro');
    const chapters = markdownFiles(at('guides', name))
      .filter((f) => f !== 'index.md')
      .map((f) => reader.fromMarkdown('chapter', at('guides', name, f)));
    if (!chapters.length) throw new ContentError(guide.file, 'chapters', 'a guide needs at least one chapter file (01-name.md)');
    uniqueSlugs(chapters, 'chapter');
    return { ...guide, slug: guide.slug === 'index' ? name : guide.slug, chapters };
  });
  const guideLocalParts = reader.optionalList(at('guides-local.yaml')).map(({ entry, where }) => ({ ...reader.check('guideLocal', entry, where), file: where }));
  const pledges = existsSync(at('pledges.yaml')) ? reader.entries('pledge', at('pledges.yaml'), (e) => e.youSaid) : [];
  const indicators = reader.optionalList(at('indicators.yaml')).map(({ entry, where }) => ({ ...reader.check('indicator', entry, where), file: where }));
  // Words used only here (a local scheme's name): added to the national glossary on this council's site.
  const glossary = existsSync(at('glossary.yaml')) ? reader.entries('glossary', at('glossary.yaml'), (e) => e.term) : [];
  const changes = readChanges(reader, at('changes.yaml'));

  uniqueSlugs(offers, 'offer');
  uniqueSlugs(glossary, 'glossary');
  uniqueSlugs(guides, 'guide');
  uniqueSlugs(pledges, 'pledge');
  uniqueSlugs(indicators.map((i) => ({ slug: i.slug, file: i.file })), 'indicator');

  // A council's figure names the council, from the register.
  for (const indicator of indicators) {
    indicator.figures.forEach((figure, i) => {
      const field = `figures.${i}.onsCode`;
      if (figure.placeKind === 'council' && !figure.onsCode) throw new ContentError(indicator.file, field, `a council's figure ("${figure.place}") needs the council's ONS code from register.yaml`);
      if (figure.onsCode && !national.registered.has(figure.onsCode)) throw new ContentError(indicator.file, field, `no council with ONS code "${figure.onsCode}" in register.yaml`);
    });
  }

  for (const offer of offers) {
    if (offer.kind !== 'local') {
      throw new ContentError(offer.file, 'kind', `"${offer.kind}": a council's offers are local; a national entitlement goes in content/entitlements/, with this council's part in local-details.yaml`);
    }
    if (national.entitlementSlugs.has(offer.slug)) {
      throw new ContentError(offer.file, 'slug', `"${offer.slug}" is a national entitlement (content/entitlements/${offer.slug}.md): give the local offer another slug, or put this council's part in local-details.yaml`);
    }
    if (!national.areaSlugs.has(offer.area)) throw new ContentError(offer.file, 'area', `no area "${offer.area}" in areas.yaml`);
  }
  const detailed = new Map<string, string>();
  for (const detail of localDetails) {
    if (!national.entitlementSlugs.has(detail.entitlement)) {
      throw new ContentError(detail.file, 'entitlement', `no entitlement "${detail.entitlement}" in content/entitlements/`);
    }
    const other = detailed.get(detail.entitlement);
    if (other) throw new ContentError(detail.file, 'entitlement', `"${detail.entitlement}" already has local details in ${other} (one entry per entitlement)`);
    detailed.set(detail.entitlement, detail.file);
  }
  for (const pledge of pledges) {
    if (pledge.area && !national.areaSlugs.has(pledge.area)) throw new ContentError(pledge.file, 'area', `no area "${pledge.area}" in areas.yaml`);
  }
  const offerSlugs = new Set(offers.map((o) => o.slug));
  for (const guide of guides) {
    for (const chapter of guide.chapters) {
      chapter.relatedOffers.forEach((related, i) => {
        if (!offerSlugs.has(related) && !national.entitlementSlugs.has(related)) {
          throw new ContentError(chapter.file, `relatedOffers.${i}`, `no offer "${related}" in ${rel(at('offers'))}/ or content/entitlements/`);
        }
      });
    }
  }

  const localChapters = new Map<string, string>();
  for (const part of guideLocalParts) {
    if (!national.chapterSlugs.has(part.chapter)) throw new ContentError(part.file, 'chapter', `no national guide chapter "${part.chapter}" in content/guides/`);
    const other = localChapters.get(part.chapter);
    if (other) throw new ContentError(part.file, 'chapter', `"${part.chapter}" already has a local part in ${other} (one entry per chapter)`);
    localChapters.set(part.chapter, part.file);
    part.relatedOffers.forEach((related, i) => {
      if (!offerSlugs.has(related)) throw new ContentError(part.file, `relatedOffers.${i}`, `no offer "${related}" in ${rel(at('offers'))}/ (national entitlements are related in the chapter itself)`);
    });
  }

  return { slug, authority, offers, localDetails, guides, guideLocalParts, pledges, indicators, glossary, changes };
}

/** A change log file's entries (none when the file is absent), each checked, with where it is. */
function readChanges(reader: ReturnType<typeof contentReader>, file: string): (ChangeFileEntry & { file: string })[] {
  return reader.optionalList(file).map(({ entry, where }) => {
    const result = changeFileSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ContentError(where, issue.path.join('.') || '(whole entry)', issue.message);
    }
    return { ...result.data, file: where };
  });
}

/** Reading and checking helpers that name files relative to the content folder's parent. */
function contentReader(rel: (p: string) => string) {
  const check = <K extends keyof typeof contentSchemas>(kind: K, data: unknown, where: string): Out<K> => {
    const result = contentSchemas[kind].safeParse(data);
    if (result.success) return result.data as Out<K>;
    const issue = result.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = [...issue.path, ...keys.slice(0, 1)].join('.') || '(whole entry)';
    if (kind === 'entitlement' && field === 'kind') {
      throw new ContentError(where, field, 'an entitlement has no kind: it is national on every council\'s site (a local offer goes in content/councils/<council>/offers/)');
    }
    throw new ContentError(where, field, keys.length ? `is not a field here (${issue.message})` : issue.message);
  };

  /** A YAML list's entries, each with where it is (`file (entry n)`); none when the file is absent. */
  const optionalList = (file: string) =>
    existsSync(file) ? list(file, rel(file)).map((entry, i) => ({ entry, where: `${rel(file)} (entry ${i + 1})` })) : [];

  const entries = <K extends 'area' | 'glossary' | 'pledge'>(kind: K, file: string, key: (e: Record<string, unknown>) => unknown) =>
    list(file, rel(file)).map((entry, i) => {
      const where = `${rel(file)} (entry ${i + 1})`;
      const data = check(kind, entry, where) as Out<K> & { slug?: string };
      const slug = data.slug || slugifyLoose(String(key(entry as Record<string, unknown>)));
      return { ...data, slug, file: where };
    });

  const fromMarkdown = <K extends 'offer' | 'entitlement' | 'spotlight' | 'chapter' | 'guide' | 'guideChapter'>(kind: K, file: string, bodyKey = 'body') => {
    const { data, body } = parseFrontMatter(readText(file, rel(file)), rel(file));
    const parsed = check(kind, { ...data, [bodyKey]: body }, rel(file)) as Out<K> & { slug?: string };
    return { ...parsed, slug: parsed.slug || slugOf(file), file: rel(file) };
  };

  return { rel, check, optionalList, entries, fromMarkdown };
}

/** An offer page as one council's site shows it: a local offer, or an entitlement with the council's local details. */
export type CouncilOffer = WithSlug<Omit<Out<'offer'>, 'slug'>> & {
  /** The council's note, also appended to `body` under "In <council name>". */
  localNote: string | null;
  /** The `local-details.yaml` entry applied, if any. */
  localDetail: string | null;
};

/**
 * Every offer page a council's site shows, as the content files give it: its local offers,
 * and each national entitlement with the council's local details applied (see
 * `applyLocalDetail`), the note added to the body as a section "In <council name>".
 * Drafts are included, with `draft` set.
 */
export function councilOffers(content: Pick<SeedContent, 'entitlements'>, council: CouncilContent): CouncilOffer[] {
  const details = new Map(council.localDetails.map((d) => [d.entitlement, d]));
  const national = content.entitlements.map((entitlement) => {
    const detail = details.get(entitlement.slug);
    const offer = applyLocalDetail(entitlement, detail, council.authority.name);
    return { ...offer, localDetail: detail && !detail.draft ? detail.file : null };
  });
  return [...national, ...council.offers.map((o) => ({ ...o, localNote: null, localDetail: null }))];
}

/** Slugs made from a sentence (a pledge's "you said") are cut to a readable length. */
function slugifyLoose(text: string): string {
  return slugify(text).slice(0, 60).replace(/-+$/, '');
}
