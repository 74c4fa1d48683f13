// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import serviceWorker from './site/offline/integration.ts';

/**
 * The public site: static HTML built from the CMS snapshot (see site/content.config.ts).
 * Pagefind indexes the output afterwards; the lead's build script copies media into it.
 */
export default defineConfig({
  output: 'static',
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR || './dist',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  // serviceWorker writes /sw.js from the built pages (site/offline/README.md).
  integrations: [mdx(), serviceWorker()],
  // Prefetching, view transitions and the dev toolbar all add client JS; readers on
  // cheap phones get none of it. Scripts: search, the "What can I get?" checker, and a
  // few lines on every page that register the service worker.
  prefetch: false,
  devToolbar: { enabled: false },
  build: {
    format: 'directory',
    // The shared stylesheet (over 4 kB) is a file, cached after the first page; the few
    // hundred bytes of page-specific CSS are inlined rather than cost another request.
    inlineStylesheets: 'auto',
  },
  compressHTML: true,
});
