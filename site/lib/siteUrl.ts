/**
 * The site's public address is worked out by the content model (`@content/model/siteUrl`),
 * which the CMS's build uses too; re-exported here for the site. Relative, because
 * `astro.config.mjs` loads it before aliases exist.
 */
export * from '../../content/model/siteUrl';
