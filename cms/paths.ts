import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whichever tool (Next, tsx, Vitest, the Payload CLI) loads this file. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cmsDir = path.join(repoRoot, 'cms');

/** Where the database, the dev secret, uploads and the site snapshot live. Tests point it at a temp dir. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.DATA_DIR || 'data');
}
