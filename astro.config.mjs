// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import councilSites from './site/lib/sitesIntegration.ts';
import serviceWorker from './site/offline/integration.ts';
import securityHeaders from './site/lib/securityHeadersIntegration.ts';
import searchVocabulary from './site/components/Search/vocabulary.ts';
import messagesWithoutParser from './site/i18n/integration.ts';
import { publicSiteUrl } from './site/lib/siteUrl.ts';
import { settings } from './content/model/settings.ts';

// The public address pages are written with (canonical, Open Graph, JSON-LD, sitemap): the
// council's "This site's public address" in the CMS snapshot, or SITE_URL. None: no absolute
// addresses at all, never localhost (site/lib/siteUrl.ts).
// A build of many councils' sites (SITE_PLAN, content/model/sitePlan.ts) gives each its own
// address, and the pages use it (siteUrlOf in site/lib/data.ts), so Astro has none of its own.
const { SITE_PLAN, SITE_OUT_DIR, SITE_CACHE_DIR } = settings();
const manySites = Boolean(SITE_PLAN);
const publicSite = manySites ? { url: undefined, warning: undefined } : publicSiteUrl();
if (publicSite.warning) console.warn(`Warning: ${publicSite.warning}`);

/**
 * The public site: static HTML built from the CMS snapshot (see site/content.config.ts).
 * Pagefind indexes the output afterwards; the lead's build script copies media into it.
 */
export default defineConfig({
  output: 'static',
  srcDir: './site',
  publicDir: './site/public',
  outDir: SITE_OUT_DIR,
  // A build of its own (the scale benchmark) can keep its content cache apart from others'.
  ...(SITE_CACHE_DIR ? { cacheDir: SITE_CACHE_DIR } : {}),
  site: publicSite.url,
  trailingSlash: 'always',
  // councilSites puts each council's site together first (shared files, its path if any).
  // serviceWorker writes /sw.js from the built pages (site/offline/README.md).
  // securityHeaders writes /_headers (static hosts) from site/lib/securityPolicy.ts.
  // searchVocabulary writes /search-vocabulary.json, the indexed words for "Did you mean".
  // messagesWithoutParser keeps the ICU parser out of browser scripts (messages come parsed).
  integrations: [mdx(), councilSites(), serviceWorker(), securityHeaders(), searchVocabulary(), messagesWithoutParser()],
  // Prefetching, view transitions and the dev toolbar all add client JS; readers on
  // cheap phones get none of it. Scripts: search, the "What can I get?" checker, and a
  // few lines on every page that register the service worker.
  prefetch: false,
  devToolbar: { enabled: false },
  build: {
    format: 'directory',
    // Every stylesheet is a file: the Content Security Policy allows no inline style
    // (site/lib/securityPolicy.ts), and files are cached from one page to the next.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Nor inline script: Astro would inline scripts under 4 kB; these stay files.
      assetsInlineLimit: (file) => (/\.(js|mjs|css)$/.test(file) ? false : undefined),
    },
  },
  compressHTML: true,
  // Component styles are scoped with :where(), which adds no specificity: a rule weighs what it
  // did when it was global, so scoping changed no cascade (issue 19, part 5).
  scopedStyleStrategy: 'where',
});
