/** `/open-data/offers.csv`: the council's published offers as CSV, one row per offer (see `/open-data/`). */
import type { APIRoute } from 'astro';
import { openDataCsv } from '@content/model/openData';
import { getAuthority, getOffers, onEveryCouncilInEnglish, siteOf, siteUrlOf } from '@site/lib/data';
import { GENERATED_AT, openDataFile } from '@site/lib/openData';

export const getStaticPaths = onEveryCouncilInEnglish;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  const file = openDataFile(await getOffers(siteKey), await getAuthority(siteKey), siteUrlOf(siteKey), GENERATED_AT);
  return new Response(openDataCsv(file.offers), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
