import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES, SettingsError, oneSetting, parseSettings, settingDoc, settings } from '@platform/config';
import { buildTimeLimitMs } from '@platform/build/buildSite';
import { sitesRoot } from '@platform/build/councilSites';
import { listenConfig } from '@cms/lib/listen';
import { sqliteBusyTimeoutMs } from '@cms/db';
import { jobTimeLimitMs } from '@cms/jobs/siteRebuild';

/**
 * One settings object (issue 19, part 1): every variable the runtime reads is parsed in one
 * place, a wrong one stops the process with one line naming it, and the README's table says
 * the same as the code.
 */
describe('the settings', () => {
  it('gives each unset or empty variable its default', () => {
    const s = parseSettings({ SITE_BUILD_TIMEOUT_MS: '', ADMIN_PORT: '  ' });
    expect(s.SITE_BUILD_TIMEOUT_MS).toBe(20 * 60 * 1000);
    expect(s.ADMIN_PORT).toBe(3000);
    expect(s.SITE_OUT_DIR).toBe('dist');
    expect(s.SITE_BUILD_WORKER).toBe(false);
    expect(s.SITE_URL).toBeUndefined();
    // Typed: a number with a default is a number, a variable without one may be undefined.
    const port: number = s.ADMIN_PORT;
    const url: string | undefined = s.SITE_URL;
    expect([port, url]).toEqual([3000, undefined]);
  });

  it('reads numbers, flags and text', () => {
    const s = parseSettings({ SITE_BUILD_TIMEOUT_MS: '400', SITE_BUILD_WORKER: '1', SITE_REBUILD_ON_PUBLISH: '0', OPEN_REFERRAL_CACHE_MB: '0.5', SITE_URL: 'https://x.example/' });
    expect(s).toMatchObject({ SITE_BUILD_TIMEOUT_MS: 400, SITE_BUILD_WORKER: true, SITE_REBUILD_ON_PUBLISH: false, OPEN_REFERRAL_CACHE_MB: 0.5, SITE_URL: 'https://x.example/' });
  });

  it('refuses a wrong value with one line naming the variable, what it expects and what it got', () => {
    expect(() => parseSettings({ SITE_BUILD_TIMEOUT_MS: 'abc' })).toThrow(
      new SettingsError('Setting SITE_BUILD_TIMEOUT_MS: expected a whole number of milliseconds, more than 0, got "abc"'),
    );
    expect(() => parseSettings({ ADMIN_PORT: '70000' })).toThrow('Setting ADMIN_PORT: expected a port number from 1 to 65535, got "70000"');
    expect(() => parseSettings({ SITE_BUILD_WORKER: 'maybe' })).toThrow('Setting SITE_BUILD_WORKER: expected 1 (on) or 0 (off), got "maybe"');
    expect(() => parseSettings({ NODE_ENV: 'prod' })).toThrow('Setting NODE_ENV: expected "development" or "production" or "test", got "prod"');
    let message = '';
    try {
      parseSettings({ SITE_BUILD_GROUP: '0', SITE_PORT: 'x' });
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('SITE_PORT');
    expect(message).toContain('SITE_BUILD_GROUP');
  });

  it('never prints a secret', () => {
    let message = '';
    try {
      parseSettings({ SITE_DEPLOY_HOOK_URL: 'token-abc123' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Setting SITE_DEPLOY_HOOK_URL: expected a web address/);
    expect(message).not.toContain('token-abc123');
  });

  it('parses process.env once, and again only when a variable changes', () => {
    const before = process.env.SITE_BUILD_GROUP;
    try {
      process.env.SITE_BUILD_GROUP = '7';
      const first = settings();
      expect(first.SITE_BUILD_GROUP).toBe(7);
      expect(settings()).toBe(first);
      process.env.SITE_BUILD_GROUP = '8';
      expect(settings().SITE_BUILD_GROUP).toBe(8);
      expect(settings({ SITE_BUILD_GROUP: '9' }).SITE_BUILD_GROUP).toBe(9);
    } finally {
      if (before === undefined) delete process.env.SITE_BUILD_GROUP;
      else process.env.SITE_BUILD_GROUP = before;
    }
  });
  it('gives one setting as settings() does, and follows its variable when it changes', () => {
    const before = process.env.SITE_PLAN;
    try {
      process.env.SITE_PLAN = 'one/plan.json';
      expect(oneSetting('SITE_PLAN')).toBe('one/plan.json');
      expect(oneSetting('SITE_PLAN')).toBe(settings().SITE_PLAN);
      process.env.SITE_PLAN = 'two/plan.json';
      expect(oneSetting('SITE_PLAN')).toBe('two/plan.json');
      delete process.env.SITE_PLAN;
      expect(oneSetting('SITE_PLAN')).toBe(settings().SITE_PLAN);
      // A wrong value still fails with the one line naming the variable.
      process.env.SITE_BUILD_GROUP = 'many';
      expect(() => oneSetting('SITE_BUILD_GROUP')).toThrow(/^Setting SITE_BUILD_GROUP/);
    } finally {
      delete process.env.SITE_BUILD_GROUP;
      if (before === undefined) delete process.env.SITE_PLAN;
      else process.env.SITE_PLAN = before;
    }
  });
});

describe('the runtime reads its settings only through them', () => {
  it('refuses a wrong value where it used to fall back to a default or a NaN without a word', () => {
    // Before: 20 minutes, an hour, 10 s and port NaN, silently.
    expect(() => buildTimeLimitMs({ SITE_BUILD_TIMEOUT_MS: '20m' })).toThrow('Setting SITE_BUILD_TIMEOUT_MS: expected a whole number of milliseconds, more than 0, got "20m"');
    expect(() => jobTimeLimitMs({ SITE_BUILD_JOB_TIMEOUT_MS: '-5' })).toThrow('Setting SITE_BUILD_JOB_TIMEOUT_MS:');
    expect(() => sqliteBusyTimeoutMs({ SQLITE_BUSY_TIMEOUT_MS: 'ten' })).toThrow('Setting SQLITE_BUSY_TIMEOUT_MS:');
    expect(() => listenConfig({ ADMIN_PORT: 'abc' })).toThrow('Setting ADMIN_PORT: expected a port number from 1 to 65535, got "abc"');
    expect(listenConfig({ ADMIN_PORT: '3100' }).adminPort).toBe(3100);
    expect(sitesRoot({ SITE_OUT_DIR: '/srv/sites' })).toBe('/srv/sites');
  });

  it('stops a platform command at once with the one line, before it opens anything', () => {
    const tsx = path.resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs');
    const run = spawnSync(process.execPath, [tsx, path.resolve(__dirname, '../../platform/scripts/build.ts')], {
      env: { ...process.env, SITE_BUILD_TIMEOUT_MS: 'abc' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('Setting SITE_BUILD_TIMEOUT_MS: expected a whole number of milliseconds, more than 0, got "abc"');
    expect(run.stdout).toBe('');
  }, 60_000);
});

describe("the README's settings table", () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Settings\n'));
  const rows = new Map(
    [...section.matchAll(/^\| `([A-Z0-9_]+)` \| (.*?) \| (yes|) \| (.*) \|$/gm)].map((m) => [m[1] ?? '', { shownDefault: m[2], secret: m[3] === 'yes' }]),
  );

  it('has a row for every setting, with its default and whether it is a secret', () => {
    expect(rows.size).toBeGreaterThan(0);
    for (const name of SETTING_NAMES) {
      const { shownDefault, secret } = settingDoc(name);
      expect(rows.get(name), `README row for ${name}`).toEqual({ shownDefault, secret });
    }
  });

  it('lists no variable the code does not read', () => {
    expect([...rows.keys()].filter((name) => !SETTING_NAMES.some((known) => known === name))).toEqual([]);
  });
});
