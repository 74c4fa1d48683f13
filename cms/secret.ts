import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, tightenFile, writePrivateFile } from './lib/privateFiles';
import { settings, type SettingsEnv } from '../content/model/settings';

/**
 * The secret Payload signs sessions with.
 *
 * Production must set `PAYLOAD_SECRET`: there is deliberately no fallback, so a missing
 * secret stops the server instead of signing tokens with something guessable. In
 * development a random secret is made once and kept in the data folder (git-ignored),
 * so logins survive restarts without anyone having to configure anything.
 */
export function resolveSecret(env: SettingsEnv, dataDir: string): string {
  const { PAYLOAD_SECRET: fromEnv, NODE_ENV } = settings(env);
  if (fromEnv) {
    if (NODE_ENV === 'production' && fromEnv.length < 32) {
      throw new Error('PAYLOAD_SECRET is too short: use at least 32 random characters in production.');
    }
    return fromEnv;
  }
  if (NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. It is required when NODE_ENV=production; ' +
        'set it to a long random value, e.g. `openssl rand -hex 32`.',
    );
  }
  const file = path.join(dataDir, '.payload-secret');
  if (existsSync(file)) {
    // Kept private even if it was copied in (or made by an older version) with a looser mode.
    ensurePrivateDir(dataDir);
    tightenFile(file);
    const kept = readFileSync(file, 'utf8').trim();
    if (kept) return kept;
  }
  ensurePrivateDir(dataDir);
  const made = randomBytes(32).toString('hex');
  writePrivateFile(file, `${made}\n`);
  return made;
}
