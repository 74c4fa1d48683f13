import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { settings, type SettingsEnv } from '@content/model/settings';

/** The repository root, whichever tool (Next, tsx, Vitest, the Payload CLI) loads this file. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cmsDir = path.join(repoRoot, 'cms');

/** Where the database, the dev secret, uploads and the site snapshot live (`DATA_DIR`). Tests point it at a temp dir. */
export function dataDir(env?: SettingsEnv): string {
  return path.resolve(repoRoot, settings(env).DATA_DIR);
}
