import { COMPLAINTS_CHAPTER, NATIONAL_GUIDE } from '@content/model/guides';
import type { CouncilContent, SeedContent } from '@cms/seed/readContent';

/**
 * The national guide as one council's site shows it, from the content files (as the export
 * composes it from the CMS, `withNationalGuide`): the published national chapters in order,
 * each with the council's published local part, its related offers being the chapter's
 * entitlements and then the council's own.
 */
export function nationalGuideOf(content: Pick<SeedContent, 'guideChapters'>, council: Pick<CouncilContent, 'guideLocalParts'>) {
  const parts = new Map(council.guideLocalParts.filter((p) => !p.draft).map((p) => [p.chapter, p]));
  const chapters = content.guideChapters
    .filter((c) => !c.draft)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
    .map((c) => {
      const local = parts.get(c.slug) ?? null;
      return { ...c, local, relatedOffers: [...new Set([...c.relatedEntitlements, ...(local?.relatedOffers ?? [])])] };
    });
  return { slug: NATIONAL_GUIDE.slug, title: NATIONAL_GUIDE.title, chapters, complaints: chapters.find((c) => c.slug === COMPLAINTS_CHAPTER)! };
}
