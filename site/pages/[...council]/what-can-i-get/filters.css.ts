/**
 * The checker's CSS for readers without JavaScript (see site/components/Checker/filterRules.ts),
 * as a stylesheet file rather than an inline <style>: the Content Security Policy allows no
 * inline style (site/lib/securityPolicy.ts). Written at build time from the offers' rules.
 */
import type { APIRoute } from 'astro';
import { filterCss } from '@site/components/Checker/filterRules';
import { getOffers, onEverySite, siteOf } from '@site/lib/data';

export const getStaticPaths = onEverySite;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  const offers = await getOffers(siteKey);
  return new Response(filterCss(offers.map((offer) => offer.eligibility)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
