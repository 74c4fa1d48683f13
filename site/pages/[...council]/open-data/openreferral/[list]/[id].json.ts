/** Each item of the council's Open Referral UK feed as a file: `<list>/<id>.json`, fully nested (see `../[file].json.ts`). */
import type { APIRoute } from 'astro';
import { everySite, getOpenReferralFeed } from '@site/lib/data';
import { fullOrganization, fullTaxonomy } from '@site/lib/openReferral';

export const getStaticPaths = () =>
  everySite(async (site) => {
    const feed = await getOpenReferralFeed(site);
    const item = (list: string, id: string, body: unknown) => ({ params: { list, id }, props: { body } });
    return [
      ...feed.services.map((s) => item('services', s.id, s)),
      ...feed.taxonomies.map((x) => item('taxonomies', x.id, fullTaxonomy(feed, x))),
      ...feed.taxonomy_terms.map((term) => item('taxonomy_terms', term.id, term)),
      item('organizations', feed.organization.id, fullOrganization(feed)),
    ];
  }, { languages: false });

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
