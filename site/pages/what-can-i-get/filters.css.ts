/**
 * The checker's CSS for readers without JavaScript (see site/components/Checker/filterRules.ts),
 * as a stylesheet file rather than an inline <style>: the Content Security Policy allows no
 * inline style (site/lib/securityPolicy.ts). Written at build time from the offers' rules.
 */
import type { APIRoute } from 'astro';
import { filterCss } from '@site/components/Checker/filterRules';
import { getOffers } from '@site/lib/data';

export const GET: APIRoute = async () => {
  const offers = await getOffers();
  return new Response(filterCss(offers.map((offer) => offer.eligibility)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
