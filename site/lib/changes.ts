/**
 * The change log on a council's site (issue 22, part 4): each change with the page it is about
 * (`route`, a path within the site), if that page is on the site now. Used by "What's new" and
 * its Atom feed. No `astro:` imports: tested as it is.
 */
import { NATIONAL_GUIDE } from '@content/model/guides';
import type { ChangeEntry } from '@content/model/changeLog';
import { route } from '@site/lib/routes';

/** What a site has pages for: its offers' slugs, its guide chapters (`chapterKey`: the national guide's and the council's own guides'), its pledges' slugs. */
export type ChangePages = { offers: ReadonlySet<string>; chapters: ReadonlySet<string>; pledges: ReadonlySet<string> };

/** A chapter as `ChangePages` knows it: its guide's slug and its own. */
export const chapterKey = (guide: string, chapter: string) => `${guide}/${chapter}`;

/** The guide a chapter's change is in: its own guide's slug, or the national guide. */
export const changeGuide = (change: Pick<ChangeEntry, 'guide'>) => change.guide ?? NATIONAL_GUIDE.slug;

/** The anchor of a pledge on "You said, we did". */
export const pledgeAnchor = (slug: string) => `pledge-${slug}`;

/** A change's page on the site, as a path within it (`/offers/x/`), or null when the page is not on the site (unpublished since). */
export function changeRoute(change: ChangeEntry, pages: ChangePages): string | null {
  switch (change.page) {
    case 'offer':
      return pages.offers.has(change.slug) ? route('offer', { slug: change.slug }) : null;
    case 'chapter': {
      const guide = changeGuide(change);
      return pages.chapters.has(chapterKey(guide, change.slug)) ? route('guideChapter', { slug: guide, chapter: change.slug }) : null;
    }
    case 'pledge':
      return pages.pledges.has(change.slug) ? `${route('pledges')}#${pledgeAnchor(change.slug)}` : null;
  }
}

/** Escapes text for XML (element content and attribute values). */
export const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type AtomFeed = {
  /** The feed's own absolute address (its id and `rel="self"`), or null when the site has no public address. */
  self: string | null;
  /** The "What's new" page's absolute address, or null. */
  page: string | null;
  title: string;
  subtitle: string;
  author: string;
  /** When the feed was built: its `updated` when it has no entries. */
  generated: string;
  /** The feed's id (a `urn:uuid:` made from the council's open-data id: the same whatever its address). */
  id: string;
  entries: { id: string; title: string; line: string; updated: string; link: string | null }[];
};

/**
 * An Atom 1.0 feed (RFC 4287): one entry per change, newest first; each with an id, a title,
 * updated, its line as the summary and a link to its page. Links and the feed's id are
 * absolute addresses from the council's public address; a site without one has none. Ids are
 * `urn:uuid:`s made from the council's open-data id and the entry's, so they never change.
 */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries[0]?.updated ?? feed.generated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <subtitle>${xmlText(feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    ...(feed.self ? [`  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`] : []),
    ...(feed.page ? [`  <link rel="alternate" type="text/html" href="${xmlText(feed.page)}"/>`] : []),
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${xmlText(entry.id)}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <updated>${entry.updated}</updated>`,
      `    <summary>${xmlText(entry.line)}</summary>`,
      ...(entry.link ? [`    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>`] : []),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
