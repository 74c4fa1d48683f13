import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPayload } from '@payloadcms/next/withPayload';
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { adminHeaderRules, adminMode } from './lib/adminSecurityPolicy.ts';
import { sharedSecretProblem } from './lib/sharedSecrets.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Payload admin (and its REST/GraphQL API) as a Next.js app rooted in `cms/`. */
const nextConfig = {
  // node_modules live at the repository root, one level up from this app.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  // Types are checked by `npm run typecheck`, not twice by every `next build`.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Loaded by Node, not bundled: its Drizzle store imports drizzle-orm by a computed name,
  // which a bundle can't follow (login throttling, `cms/lib/loginThrottle.ts`).
  serverExternalPackages: ['rate-limiter-flexible'],
  // Security headers on every response of the admin and its API (`cms/lib/adminSecurityPolicy.ts`).
  headers: async () => adminHeaderRules(adminMode()),
};

const config = withPayload(nextConfig, { devBundleServerPackages: false });

/**
 * `next start` refuses an admin that would not share its server-action key with the others (`cms/lib/sharedSecrets.ts`).
 * @param {string} phase Next's phase (`next build`, `next start`, `next dev`)
 */
export default function nextConfigFor(phase) {
  const problem = phase === PHASE_PRODUCTION_SERVER ? sharedSecretProblem(process.env) : null;
  if (problem) throw new Error(problem);
  return config;
}
