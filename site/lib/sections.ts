/**
 * Which of a council's sections have something to show (issue 20: "Guides" in the navigation
 * led Northdale's readers to "There are no guides yet"). A navigation, footer or home page link
 * to a section is shown only when its page has content; the pages themselves still say so
 * when they are empty, for anyone who arrives from elsewhere. Pure: the site's data is read by
 * `sectionsWithContent` (`@site/lib/siteSections`).
 */

/** Sections whose page can be empty, by their route name (`site/lib/routes.ts`). */
export type Section = 'guides' | 'pledges' | 'howWereDoing' | 'spotlights';

/** What each section's page lists. */
export function sectionsOf(lists: { guides: unknown[]; pledges: unknown[]; indicators: unknown[]; spotlights: unknown[] }): Record<Section, boolean> {
  return { guides: lists.guides.length > 0, pledges: lists.pledges.length > 0, howWereDoing: lists.indicators.length > 0, spotlights: lists.spotlights.length > 0 };
}

/** The links whose section has content; a link with no `section` is always kept. */
export function withContent<L extends { section?: Section }>(links: L[], has: Record<Section, boolean>): L[] {
  return links.filter((link) => !link.section || has[link.section]);
}
