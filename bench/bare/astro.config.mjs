// @ts-check
/**
 * The baseline of the scale benchmark (bench/scale.ts): the least an Astro site can do with
 * the same snapshot, one trivial page per page of the real site. No integrations, no content
 * layer, no components. `BARE_SNAPSHOT` is the JSON, `BARE_PAGES` the page count to reach.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  srcDir: './src',
  outDir: process.env.BARE_OUT_DIR || '/tmp/bare-dist',
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  compressHTML: true,
});
