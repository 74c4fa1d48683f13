/** `/open-data/offers.json`: the council's published offers as JSON (see `/open-data/`). */
import type { APIRoute } from 'astro';
import { getAuthority, getOffers, onEveryCouncilInEnglish, siteOf, siteUrlOf } from '@site/lib/data';
import { GENERATED_AT, openDataFile } from '@site/lib/openData';

export const getStaticPaths = onEveryCouncilInEnglish;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  const file = openDataFile(await getOffers(siteKey), await getAuthority(siteKey), siteUrlOf(siteKey), GENERATED_AT);
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
