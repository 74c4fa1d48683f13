/**
 * Writes `_headers` (Netlify and Cloudflare Pages format) into the built site, from the one
 * policy in `./securityPolicy.ts`, so a static host sends the same headers as the project's
 * own server. Imported by `astro.config.mjs`: relative and `node:` imports only.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './securityPolicy';
import { builtSites } from './sitesIntegration';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'local-offer:security-headers',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        for (const site of builtSites(fileURLToPath(dir), pages.map((p) => p.pathname))) {
          writeFileSync(path.join(site.dir, '_headers'), headersFile());
        }
      },
    },
  };
}
