import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The secret Payload signs sessions with.
 *
 * Production must set `PAYLOAD_SECRET`: there is deliberately no fallback, so a missing
 * secret stops the server instead of signing tokens with something guessable. In
 * development a random secret is made once and kept in the data folder (git-ignored),
 * so logins survive restarts without anyone having to configure anything.
 */
export function resolveSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim();
  if (fromEnv) {
    if (env.NODE_ENV === 'production' && fromEnv.length < 32) {
      throw new Error('PAYLOAD_SECRET is too short: use at least 32 random characters in production.');
    }
    return fromEnv;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. It is required when NODE_ENV=production; ' +
        'set it to a long random value, e.g. `openssl rand -hex 32`.',
    );
  }
  const file = path.join(dataDir, '.payload-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept) return kept;
  }
  mkdirSync(dataDir, { recursive: true });
  const made = randomBytes(32).toString('hex');
  writeFileSync(file, `${made}\n`, { mode: 0o600 });
  return made;
}
