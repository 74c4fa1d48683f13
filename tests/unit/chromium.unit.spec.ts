import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findChromium } from '../../bench/chromium';
import { ensureChromium, type Installer } from '@tests/helpers/ensureChromium';

/**
 * `npm test` sets up its own browser or says, in one line and before any test, why it can't:
 * CHROMIUM_PATH, then Playwright's Chromium, then /usr/bin/chromium; then installing one;
 * then one line saying what to install. The search is checked with injected candidates and
 * installers, and the real script is run as a child process on a "machine" with no browser.
 */
const everything = (file: string) => Boolean(file);
const only = (...files: string[]) => (file: string) => files.includes(file);
const starts = () => null;
const search = (vars: Record<string, string>, isExecutable: (f: string) => boolean, playwright: string | null = '/pw/chrome') => ({
  env: vars,
  playwrightPath: () => playwright,
  systemPaths: ['/usr/bin/chromium', '/usr/local/bin/chromium'],
  isExecutable,
});

describe('where the browser tests find Chromium', () => {
  it('takes CHROMIUM_PATH first, then Playwright’s Chromium, then the system’s, in order', () => {
    expect(findChromium(search({ CHROMIUM_PATH: '/mine/chrome' }, everything))).toEqual({ ok: true, path: '/mine/chrome', source: 'CHROMIUM_PATH' });
    expect(findChromium(search({}, everything))).toEqual({ ok: true, path: '/pw/chrome', source: 'Playwright' });
    expect(findChromium(search({}, only('/usr/bin/chromium', '/usr/local/bin/chromium')))).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
      source: 'system',
    });
    expect(findChromium(search({}, only('/usr/local/bin/chromium'), null))).toMatchObject({ ok: true, path: '/usr/local/bin/chromium' });
    expect(findChromium(search({}, only()))).toEqual({ ok: false, reason: 'none', tried: ['/pw/chrome', '/usr/bin/chromium', '/usr/local/bin/chromium'] });
  });

  it('says so when CHROMIUM_PATH is set but not executable, instead of quietly using another browser', () => {
    const found = findChromium(search({ CHROMIUM_PATH: '/nowhere/chrome' }, only('/pw/chrome', '/usr/bin/chromium')));
    expect(found).toMatchObject({ ok: false, reason: 'bad-setting' });
    expect((found as { message: string }).message).toMatch(/^CHROMIUM_PATH is set to \/nowhere\/chrome, which is not an executable file/);

    const install = vi.fn(() => ({ ok: true, detail: '' }));
    const result = ensureChromium({
      search: search({ CHROMIUM_PATH: '/nowhere/chrome' }, only('/usr/bin/chromium')),
      installers: [{ name: 'x', install }],
      probe: starts,
    });
    expect(result).toMatchObject({ ok: false });
    expect((result as { line: string }).line).toMatch(/CHROMIUM_PATH is set to \/nowhere\/chrome/);
    expect((result as { line: string }).line).not.toContain('\n');
    expect(install).not.toHaveBeenCalled();
  });
});

describe('setting one up', () => {
  it('uses what it finds without installing anything', () => {
    const install = vi.fn(() => ({ ok: true, detail: '' }));
    expect(ensureChromium({ search: search({}, only('/usr/bin/chromium')), installers: [{ name: 'x', install }], probe: starts })).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
      source: 'system',
      installedWith: undefined,
    });
    expect(install).not.toHaveBeenCalled();
  });

  it('installs with Playwright first, then apt-get, and uses what was installed', () => {
    const present = new Set<string>();
    const calls: string[] = [];
    const installers: Installer[] = [
      { name: 'npx playwright install chromium', install: () => (calls.push('playwright'), { ok: false, detail: 'download failed' }) },
      { name: 'apt-get install chromium', install: () => (calls.push('apt'), present.add('/usr/bin/chromium'), { ok: true, detail: 'installed' }) },
    ];
    const result = ensureChromium({ search: search({}, (f) => present.has(f)), installers, probe: starts });
    expect(calls).toEqual(['playwright', 'apt']);
    expect(result).toEqual({ ok: true, path: '/usr/bin/chromium', source: 'system', installedWith: 'apt-get install chromium' });
  });

  it('with nothing found and every install failing, stops at once with one line saying what to install', () => {
    const installers: Installer[] = [
      { name: 'npx playwright install chromium', install: () => ({ ok: false, detail: 'download failed' }) },
      { name: 'apt-get install chromium', install: () => ({ ok: false, detail: 'needs root' }) },
    ];
    const started = Date.now();
    const result = ensureChromium({ search: search({}, only()), installers, probe: starts });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    const line = (result as { line: string }).line;
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Cannot run the browser tests: no Chromium found/);
    expect(line).toContain('npx playwright install chromium: download failed');
    expect(line).toContain('apt-get install chromium: needs root');
    expect(line).toContain('sudo apt-get install chromium');
  });

  it('says so in one line when the Chromium it found does not start', () => {
    const result = ensureChromium({ search: search({}, only('/usr/bin/chromium')), installers: [], probe: () => 'error while loading shared libraries' });
    expect(result).toMatchObject({ ok: false });
    expect((result as { line: string }).line).toMatch(/Chromium at \/usr\/bin\/chromium does not start \(error while loading shared libraries\)/);
  });
});

// Child processes: a few seconds each on a loaded 2-core machine.
describe('the real script, as npm test runs it', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lop-chromium-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tsx = path.resolve('node_modules', 'tsx', 'dist', 'cli.mjs');
  /** The environment of a machine with no browser anywhere the tests look, installing off. */
  const bare = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.CHROMIUM_PATH;
    delete env.CHROME_PATH;
    return { ...env, PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'no-browsers'), CHROMIUM_SYSTEM_PATHS: '', ...extra };
  };
  const run = (script: string[], env: NodeJS.ProcessEnv) => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [tsx, ...script], { env, encoding: 'utf8', timeout: 60_000 });
    return { ...result, ms: Date.now() - started };
  };

  it('exits 1 with one line on stderr when there is no browser and installing is off', () => {
    const result = run(['tests/helpers/ensureChromium.ts'], bare({ CHROMIUM_NO_INSTALL: '1' }));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot run the browser tests: no Chromium found .* installing is turned off \(CHROMIUM_NO_INSTALL\); install Chromium/);
    expect(lines[0]).toContain('sudo apt-get install chromium');
    expect(result.ms).toBeLessThan(30_000);
  });

  it('exits 1 with one line when CHROMIUM_PATH is not executable', () => {
    const notExecutable = path.join(dir, 'not-a-browser');
    writeFileSync(notExecutable, 'text');
    const result = run(['tests/helpers/ensureChromium.ts'], bare({ CHROMIUM_NO_INSTALL: '1', CHROMIUM_PATH: notExecutable }));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`CHROMIUM_PATH is set to ${notExecutable}, which is not an executable file`)]);
  });

  it('finds Playwright’s Chromium, and Playwright’s config and the bench launch that same one', () => {
    const browsers = path.join(dir, 'browsers');
    const env = bare({ PLAYWRIGHT_BROWSERS_PATH: browsers, CHROMIUM_NO_INSTALL: '1' });
    const where = run(['-e', "import { chromium } from 'playwright-core'; console.log(chromium.executablePath())"], env).stdout.trim();
    expect(where.startsWith(browsers)).toBe(true);
    mkdirSync(path.dirname(where), { recursive: true });
    writeFileSync(where, '#!/bin/sh\necho "Chromium 1.0 (a stand-in)"\n');
    chmodSync(where, 0o755);

    const ensured = run(['tests/helpers/ensureChromium.ts'], env);
    expect(ensured.status).toBe(0);
    expect(ensured.stdout.trim()).toBe(`Browser tests: Chromium at ${where} (Playwright).`);
    const launched = run(['-e', "import { CHROMIUM_PATH } from './bench/chromium'; console.log(CHROMIUM_PATH)"], env);
    expect(launched.stdout.trim()).toBe(where);
  });

  it('is the first step of npm test after the compiler’s check, and the first of npm run test:e2e', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.test!.split('&&').slice(0, 2).map((step) => step.trim())).toEqual(['npm run check', 'tsx tests/helpers/ensureChromium.ts']);
    expect(scripts['test:e2e']!.split('&&')[0]!.trim()).toBe('tsx tests/helpers/ensureChromium.ts');
  });
});
