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

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'local-offer:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(path.join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
