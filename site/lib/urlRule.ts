/**
 * The one URL rule lives in the content model (`@content/model/urlRule`), which the CMS and
 * the site both import; re-exported here so site components keep their import. Relative,
 * because `site/lib/siteUrl.ts` loads it from `astro.config.mjs`, before aliases exist.
 */
export * from '../../content/model/urlRule';
