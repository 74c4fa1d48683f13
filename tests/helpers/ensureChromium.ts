/**
 * The first step of `npm test` and `npm run test:e2e`: make sure there is a Chromium for the
 * browser tests, before any test runs.
 *
 * It looks where `bench/chromium.ts` looks (CHROMIUM_PATH, then Playwright's own
 * Chromium, then /usr/bin/chromium). When there is none it tries to install one: first
 * `npx playwright install chromium`, then, when running as root, Debian's `chromium` with
 * apt-get. If that fails too, it stops with one line saying what to install, and exit code 1.
 *
 * CHROMIUM_NO_INSTALL=1 turns installing off (the tests use it, with CHROMIUM_SYSTEM_PATHS=''
 * and PLAYWRIGHT_BROWSERS_PATH pointing nowhere, to play a machine without a browser).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, type ChromiumFound, type ChromiumSearch } from '../../bench/chromium';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type InstallResult = { ok: boolean; detail: string };
export type Installer = { name: string; install: () => InstallResult };

export type EnsureOptions = {
  search?: ChromiumSearch;
  installers?: Installer[];
  /** Runs `<chromium> --version`; resolves to an error text, or null when it starts. */
  probe?: (file: string) => string | null;
  /** Progress lines (what is being tried). */
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
};

export type EnsureResult = { ok: true; path: string; source: string; installedWith?: string } | { ok: false; line: string };

const WHAT_TO_INSTALL =
  'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) ' +
  'or set CHROMIUM_PATH to a Chromium binary, then run the tests again.';

/** The last non-empty line a command printed, to say why it failed in a few words. */
function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /^Error:/.test(l)) ?? lines.at(-1) ?? '').replace(/,?\s*caused by:?$/, '').slice(0, 160);
}

function runInstaller(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): InstallResult {
  const result = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8', timeout: timeoutMs });
  if (result.error) return { ok: false, detail: (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? 'timed out' : result.error.message };
  if (result.status !== 0) return { ok: false, detail: lastLine(`${result.stdout}\n${result.stderr}`) || `exit code ${result.status}` };
  return { ok: true, detail: 'installed' };
}

/** `npx playwright install chromium`, then Debian's package when running as root. */
export function defaultInstallers(env: NodeJS.ProcessEnv = process.env): Installer[] {
  const playwrightCli = path.join(repoRoot, 'node_modules', '@playwright', 'test', 'cli.js');
  const installers: Installer[] = [
    {
      name: 'npx playwright install chromium',
      install: () =>
        existsSync(playwrightCli)
          ? runInstaller(process.execPath, [playwrightCli, 'install', 'chromium'], env, 10 * 60_000)
          : runInstaller('npx', ['playwright', 'install', 'chromium'], env, 10 * 60_000),
    },
  ];
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  installers.push({
    name: 'apt-get install chromium',
    install: () => {
      if (!root) return { ok: false, detail: 'needs root' };
      if (spawnSync('apt-get', ['--version'], { encoding: 'utf8' }).status !== 0) return { ok: false, detail: 'no apt-get here' };
      const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
      const update = runInstaller('apt-get', ['update', '-qq'], aptEnv, 5 * 60_000);
      if (!update.ok) return update;
      return runInstaller('apt-get', ['install', '-y', '-qq', 'chromium'], aptEnv, 10 * 60_000);
    },
  });
  return installers;
}

/** Whether a Chromium binary starts at all (`--version`). */
export function probeChromium(file: string): string | null {
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) return result.error.message;
  if (result.status !== 0) return lastLine(`${result.stderr}\n${result.stdout}`) || `exit code ${result.status}`;
  return null;
}

export function ensureChromium({
  env = process.env,
  search = { env },
  installers = env.CHROMIUM_NO_INSTALL ? [] : defaultInstallers(env),
  probe = probeChromium,
  log = () => {},
}: EnsureOptions = {}): EnsureResult {
  const usable = (found: ChromiumFound & { ok: true }, installedWith?: string): EnsureResult => {
    const problem = probe(found.path);
    if (problem) return { ok: false, line: `Cannot run the browser tests: Chromium at ${found.path} does not start (${problem}); ${WHAT_TO_INSTALL}` };
    return { ok: true, path: found.path, source: found.source, installedWith };
  };

  let found = findChromium(search);
  if (found.ok) return usable(found);
  if (found.reason === 'bad-setting') return { ok: false, line: `Cannot run the browser tests: ${found.message}` };
  const tried = found.tried;

  const failures: string[] = [];
  for (const installer of installers) {
    log(`No Chromium found for the browser tests; trying \`${installer.name}\`…`);
    const result = installer.install();
    if (!result.ok) {
      failures.push(`${installer.name}: ${result.detail}`);
      continue;
    }
    found = findChromium(search);
    if (found.ok) return usable(found, installer.name);
    failures.push(`${installer.name}: finished, but still no Chromium where the tests look`);
  }
  const why = installers.length
    ? `installing one failed (${failures.join('; ')})`
    : 'installing is turned off (CHROMIUM_NO_INSTALL)';
  const where = tried.length ? tried.join(', ') : 'nowhere to look';
  return { ok: false, line: `Cannot run the browser tests: no Chromium found (looked at ${where}) and ${why}; ${WHAT_TO_INSTALL}` };
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const result = ensureChromium({ log: (line) => console.log(line) });
  if (!result.ok) {
    process.stderr.write(`${result.line.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exit(1);
  }
  const how = result.installedWith ? `, installed with \`${result.installedWith}\`` : '';
  console.log(`Browser tests: Chromium at ${result.path} (${result.source}${how}).`);
}
