import { getGuides, getIndicators, getPledges, getSpotlights } from '@site/lib/data';
import { sectionsOf, type Section } from '@site/lib/sections';

type SiteKey = Parameters<typeof getGuides>[0];

/** Which of this site's sections have something to show (`@site/lib/sections`). */
export async function sectionsWithContent(site: SiteKey): Promise<Record<Section, boolean>> {
  const [guides, pledges, indicators, spotlights] = await Promise.all([getGuides(site), getPledges(site), getIndicators(site), getSpotlights(site)]);
  return sectionsOf({ guides, pledges, indicators, spotlights });
}
