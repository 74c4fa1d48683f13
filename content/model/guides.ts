/**
 * The rights guide every council's site shows: national chapters written once
 * (`guide-chapters` in the CMS, `content/guides/*.md` in files), each with the council's local
 * part, and any chapters and guides of the council's own. The export composes them with
 * `withNationalGuide`, so the site reads one list of guides whatever their source.
 */

/** The national guide: its address and, unless the council's own guide of that slug says otherwise, its words. */
export const NATIONAL_GUIDE = {
  slug: 'rights-and-entitlements',
  title: 'Your rights and entitlements',
  summary: 'A plain guide to what the law says you can get when you leave care, and what your council gives on top.',
  /** Paragraphs of plain text, shown before the chapters. */
  intro: [
    'This guide explains your rights (what the law says you must get) and your entitlements (what you can ask for). Each chapter ends with what your council does, under its name.',
    'Start with the chapter you need. You do not have to read it in order. If something here does not match what is happening to you, talk to your Personal Adviser. If that does not help, see the chapter on how to complain.',
    'The project team that built this site wrote this guide, from the law and national guidance. Each chapter says when we last checked it. Care-experienced young people have not checked the words yet. The site is built so that they can, as young editors. When they do, we will say so here.',
  ],
} as const;

/** Plain paragraphs as rich text (the snapshot's Lexical shape), for the national guide's intro. */
export function paragraphsAsRichText(paragraphs: readonly string[]) {
  const block = { format: '', indent: 0, version: 1, direction: 'ltr' };
  return {
    root: {
      type: 'root',
      ...block,
      children: paragraphs.map((text) => ({ type: 'paragraph', ...block, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
    },
  };
}

/** The national chapter on making a complaint: every "If you are told no" links to it. */
export const COMPLAINTS_CHAPTER = 'how-to-complain';

/** A guide as the export writes it (the snapshot's input shape, with any chapter type). */
type ComposableGuide<C extends { slug: string }> = {
  slug: string;
  title: string;
  summary: string;
  intro?: unknown;
  chapters: C[];
  credits?: string[];
  updatedAt: string;
};

/**
 * The council's guides with the national guide first: the national chapters (in order, each
 * with the council's local part already applied), then the chapters of the council's own guide
 * of the same slug, if it has one (its title, summary and intro are then the guide's). A
 * council chapter with a national chapter's slug is left out: the national one answers there.
 * With no national chapters the council's guides are as they were.
 */
export function withNationalGuide<C extends { slug: string }, G extends ComposableGuide<C>>(nationalChapters: C[], councilGuides: G[], updatedAt: string): ComposableGuide<C>[] {
  if (nationalChapters.length === 0) return councilGuides;
  const own = councilGuides.find((g) => g.slug === NATIONAL_GUIDE.slug);
  const taken = new Set(nationalChapters.map((c) => c.slug));
  const guide: ComposableGuide<C> = {
    slug: NATIONAL_GUIDE.slug,
    title: own?.title ?? NATIONAL_GUIDE.title,
    summary: own?.summary ?? NATIONAL_GUIDE.summary,
    intro: own?.intro ?? paragraphsAsRichText(NATIONAL_GUIDE.intro),
    chapters: [...nationalChapters, ...(own?.chapters ?? []).filter((c) => !taken.has(c.slug))],
    credits: own?.credits ?? [],
    updatedAt: [updatedAt, own?.updatedAt].filter((d): d is string => Boolean(d)).sort().at(-1) ?? updatedAt,
  };
  return [guide, ...councilGuides.filter((g) => g !== own)];
}
