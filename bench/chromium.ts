import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Which Chromium the browser tests and the Lighthouse bench launch, found the same way by
 * `npm test`'s first step (`tests/helpers/ensureChromium.ts`, which also installs one when
 * none is found), by playwright.config.ts and by bench/pageWeight.ts:
 *
 *   1. `CHROMIUM_PATH` (or `CHROME_PATH`), if set: it must be an executable file;
 *   2. Playwright's own Chromium (`npx playwright install chromium`), if it is there;
 *   3. the system's: `/usr/bin/chromium` (Debian's `chromium` package).
 *
 * `CHROMIUM_SYSTEM_PATHS` (a `:`-separated list; empty for none) replaces step 3's list,
 * and `PLAYWRIGHT_BROWSERS_PATH` moves step 2: the tests use them to play a machine with
 * no browser. Without the background-networking flags Chromium keeps trying to reach
 * Google's hosts, which these machines' network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DEFAULT_SYSTEM_PATHS = ['/usr/bin/chromium'];

export type ChromiumSource = 'CHROMIUM_PATH' | 'Playwright' | 'system';

/** The environment variables read here (process.env, or a test's own). */
export type ChromiumEnv = Readonly<Record<string, string | undefined>>;

export type ChromiumSearch = {
  env?: ChromiumEnv;
  /** Where Playwright keeps its Chromium (whether or not it is installed), or null. */
  playwrightPath?: () => string | null;
  /** The system paths to try, in order. */
  systemPaths?: string[];
  isExecutable?: (file: string) => boolean;
};

export type ChromiumFound =
  | { ok: true; path: string; source: ChromiumSource }
  /** CHROMIUM_PATH names something that is not an executable file: say so, don't look further. */
  | { ok: false; reason: 'bad-setting'; message: string }
  | { ok: false; reason: 'none'; tried: string[] };

export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's Chromium path (`chromium.executablePath()` from playwright-core), or null. */
export function playwrightChromiumPath(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

export function systemPathsFrom(env: ChromiumEnv): string[] {
  const list = env.CHROMIUM_SYSTEM_PATHS;
  return list === undefined ? DEFAULT_SYSTEM_PATHS : list.split(':').filter(Boolean);
}

/** Looks for Chromium in the order above; installs nothing. */
export function findChromium({
  env = process.env,
  playwrightPath = playwrightChromiumPath,
  systemPaths = systemPathsFrom(env),
  isExecutable = isExecutableFile,
}: ChromiumSearch = {}): ChromiumFound {
  const setting = env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : env.CHROME_PATH ? 'CHROME_PATH' : null;
  if (setting) {
    const file = env[setting]!;
    if (isExecutable(file)) return { ok: true, path: file, source: 'CHROMIUM_PATH' };
    return {
      ok: false,
      reason: 'bad-setting',
      message:
        `${setting} is set to ${file}, which is not an executable file: point it at a Chromium binary, ` +
        `or unset it to use Playwright's Chromium or ${DEFAULT_SYSTEM_PATHS.join(' or ')}.`,
    };
  }
  const tried: string[] = [];
  const fromPlaywright = playwrightPath();
  if (fromPlaywright) {
    if (isExecutable(fromPlaywright)) return { ok: true, path: fromPlaywright, source: 'Playwright' };
    tried.push(fromPlaywright);
  }
  for (const file of systemPaths) {
    if (isExecutable(file)) return { ok: true, path: file, source: 'system' };
    tried.push(file);
  }
  return { ok: false, reason: 'none', tried };
}

const found = findChromium();

/**
 * The Chromium Playwright and the bench launch. When none is found this is still a path
 * (the setting, or /usr/bin/chromium), so loading the Playwright config never throws;
 * `npm test` and `npm run test:e2e` stop before that with the reason (ensureChromium.ts).
 */
export const CHROMIUM_PATH = found.ok ? found.path : process.env.CHROMIUM_PATH || process.env.CHROME_PATH || DEFAULT_SYSTEM_PATHS[0]!;
