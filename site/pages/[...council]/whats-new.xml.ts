/**
 * `/whats-new.xml`: the council's change log as an Atom 1.0 feed (issue 22, part 4), the same
 * entries as "What's new", newest first, for PAs and anyone who follows it in a feed reader.
 * English only, like the lines. Absolute links from the council's public address; none when
 * the site has no address (as the sitemap lists no pages then).
 */
import type { APIRoute } from 'astro';
import { english } from '@site/i18n';
import { getAuthority, getChanges, getGuides, getOffers, getPledges, onEveryCouncilInEnglish, siteOf, siteUrlOf } from '@site/lib/data';
import { atomFeed, changeRoute, chapterKey } from '@site/lib/changes';
import { routesOfSite } from '@site/lib/siteBase';
import { absoluteUrl } from '@site/lib/siteUrl';
import { GENERATED_AT } from '@site/lib/openData';
import { uuidFrom } from '@content/model/uuid';

export const getStaticPaths = onEveryCouncilInEnglish;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  const [authority, changes, offers, guides, pledges] = await Promise.all([getAuthority(siteKey), getChanges(siteKey), getOffers(siteKey), getGuides(siteKey), getPledges(siteKey)]);
  const routes = routesOfSite(siteKey);
  const siteUrl = siteUrlOf(siteKey);
  const pages = {
    offers: new Set(offers.map((o) => o.slug)),
    chapters: new Set(guides.flatMap((g) => g.chapters.map((c) => chapterKey(g.slug, c.slug)))),
    pledges: new Set(pledges.map((p) => p.slug)),
  };
  const { t } = english();
  const xml = atomFeed({
    id: `urn:uuid:${uuidFrom(authority.uuid, 'whats-new')}`,
    self: absoluteUrl(routes.local('whatsNewFeed'), siteUrl),
    page: absoluteUrl(routes.local('whatsNew'), siteUrl),
    title: t('changes.feedTitle', { council: authority.name }),
    subtitle: t('changes.feedSubtitle'),
    author: authority.name,
    generated: new Date(GENERATED_AT).toISOString(),
    entries: changes.map((change) => {
      const path = changeRoute(change, pages);
      return {
        id: `urn:uuid:${uuidFrom(authority.uuid, `change:${change.national ? 'national' : 'council'}:${change.id}`)}`,
        title: change.title,
        line: change.line,
        updated: new Date(change.changedAt).toISOString(),
        link: path ? absoluteUrl(path, siteUrl) : null,
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
