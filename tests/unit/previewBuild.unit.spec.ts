/**
 * The admin's preview of a draft as the real page (issue 20, part 10; cms/lib/previewBuild.ts):
 * its status file is read only through its schema, each version of a draft has a folder of
 * its own, nothing outside a preview's site is ever served, and old previews are deleted.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isPreviewVersion,
  previewBasePath,
  previewContentType,
  previewFilePath,
  previewFolder,
  previewVersion,
  readPreviewStatus,
  removeOldPreviews,
  resolvePreviewFile,
  STATUS_FILE,
  writePreviewStatus,
} from '@cms/lib/previewBuild';
import { withStaffStandIns } from '@cms/hooks/checkPublishable';
import { readSitePlan, sitePlanText } from '@content/model/sitePlan';

const dir = mkdtempSync(path.join(tmpdir(), 'lop-preview-'));

describe('a preview’s status file (the preview build → the admin)', () => {
  it('is written and read through its schema', () => {
    const folder = path.join(dir, 'status-good');
    writePreviewStatus(folder, { state: 'ready', startedAt: '2026-12-07T06:00:00.000Z', finishedAt: '2026-12-07T06:00:20.000Z', page: '/preview/offers/7/site/abc-1/offers/x/' });
    expect(readPreviewStatus(folder)).toEqual({ state: 'ready', startedAt: '2026-12-07T06:00:00.000Z', finishedAt: '2026-12-07T06:00:20.000Z', page: '/preview/offers/7/site/abc-1/offers/x/' });
  });

  it('is none before the preview is started, and a failed preview when it is not what the schema says', () => {
    expect(readPreviewStatus(path.join(dir, 'never-started'))).toBeNull();
    const folder = path.join(dir, 'status-bad');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, STATUS_FILE), JSON.stringify({ state: 'ready', page: 'https://elsewhere.example/' }));
    const status = readPreviewStatus(folder);
    expect(status?.state).toBe('failed');
    expect(status?.state === 'failed' && status.message).toContain('field "');
  });

  it('is never written wrong: a ready preview’s page is a path on the admin', () => {
    const folder = path.join(dir, 'status-refused');
    expect(() => writePreviewStatus(folder, { state: 'ready', startedAt: 'x', finishedAt: 'y', page: 'https://elsewhere.example/' })).toThrow('field "page"');
  });
});

describe('a preview’s version, folder and address', () => {
  it('changes with every save of the draft and with the site it is shown on', () => {
    const saved = '2026-12-07T06:00:00.000Z';
    const version = previewVersion(saved, { council: 4 });
    expect(isPreviewVersion(version)).toBe(true);
    expect(previewVersion('2026-12-07T06:00:01.000Z', { council: 4 })).not.toBe(version);
    expect(previewVersion(saved, { council: 5 })).not.toBe(version);
    expect(previewVersion(saved, 'library')).toMatch(/-library$/);
    expect(previewBasePath('offers', 7, version)).toBe(`/preview/offers/7/site/${version}/`);
  });

  it('is one folder under the previews folder, whatever the parts say', () => {
    const env = { DATA_DIR: dir };
    const folder = previewFolder('../offers', '7/../../x', 'abc-1', env);
    expect(path.dirname(folder)).toBe(path.join(dir, 'previews'));
    expect(isPreviewVersion('../x')).toBe(false);
    expect(isPreviewVersion('abc-1')).toBe(true);
  });
});

describe('the files of a preview’s site', () => {
  const site = path.join(dir, 'site');
  mkdirSync(path.join(site, 'offers', 'x'), { recursive: true });
  writeFileSync(path.join(site, 'offers', 'x', 'index.html'), '<h1>x</h1>');
  writeFileSync(path.join(site, 'sw.js'), '// service worker');
  writeFileSync(path.join(dir, 'secret.txt'), 'not for the browser');

  it('are found by their path, a folder by its index.html', () => {
    expect(resolvePreviewFile(site, ['offers', 'x'])).toBe(path.join(site, 'offers', 'x', 'index.html'));
    expect(resolvePreviewFile(site, ['offers', 'x', 'index.html'])).toBe(path.join(site, 'offers', 'x', 'index.html'));
    expect(resolvePreviewFile(site, ['offers', 'y'])).toBeNull();
  });

  it('never include anything outside the site, nor its service worker', () => {
    for (const segments of [['..', 'secret.txt'], ['offers', '..', '..', 'secret.txt'], ['..%2fsecret.txt'.replace('%2f', '/')], ['offers\\..\\..\\secret.txt'], ['.', 'sw.js'], ['sw.js'], ['', 'secret.txt'], ['a\0b']]) {
      expect(previewFilePath(site, segments), segments.join(' | ')).toBeNull();
    }
  });

  it('are sent as what they are', () => {
    expect(previewContentType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(previewContentType('_astro/Base.css')).toBe('text/css; charset=utf-8');
    expect(previewContentType('_astro/x.js')).toBe('text/javascript; charset=utf-8');
    expect(previewContentType('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(previewContentType('icons/icon.svg')).toBe('image/svg+xml');
    expect(previewContentType('media/photo.JPG')).toBe('image/jpeg');
    expect(previewContentType('something.unknown')).toBe('application/octet-stream');
  });
});

describe('old previews', () => {
  it('are deleted after an hour, except those still building', () => {
    const root = path.join(dir, 'previews-old');
    const at = (name: string, ageMs: number) => {
      const folder = path.join(root, name);
      writePreviewStatus(folder, { state: 'building', startedAt: new Date().toISOString(), pid: process.pid });
      const when = new Date(Date.now() - ageMs);
      utimesSync(path.join(folder, STATUS_FILE), when, when);
      return folder;
    };
    const fresh = at('offers-1-a-1', 5 * 60_000);
    const old = at('offers-2-a-1', 2 * 60 * 60_000);
    const oldButBuilding = at('offers-3-a-1', 2 * 60 * 60_000);
    expect(removeOldPreviews(root, { keep: new Set([oldButBuilding]) })).toEqual([old]);
    expect(readPreviewStatus(fresh)?.state).toBe('building');
    expect(readPreviewStatus(oldButBuilding)?.state).toBe('building');
  });
});

describe('what the preview builds the site from', () => {
  it('has stand-ins for what staff fill in on approval, on the document and its chapters, and nothing it doesn’t have', () => {
    const offer = withStaffStandIns({ title: 'x', legalBasis: null, lastReviewed: '', nextReview: null });
    expect(offer.legalBasis).toBe('Filled in by staff on approval');
    expect(typeof offer.lastReviewed).toBe('string');
    expect(offer.lastReviewed).not.toBe('');
    expect(withStaffStandIns({ title: 'y', legalBasis: 'Children Act 1989' }).legalBasis).toBe('Children Act 1989');
    expect(withStaffStandIns({ title: 'pledge' })).toEqual({ title: 'pledge' });
    const guide = withStaffStandIns({ chapters: [{ title: 'a', legalBasis: null }] });
    expect(guide.chapters[0]?.legalBasis).toBe('Filled in by staff on approval');
  });

  it('is a plan marked as a preview, so every page says so', () => {
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, sitePlanText({ sites: [{ key: 'north', snapshot: 'a.json' }], preview: { state: 'In review', problems: ['How to get it: step 2 is empty.'] } }, file));
    expect(readSitePlan({ SITE_PLAN: file })?.preview).toEqual({ state: 'In review', problems: ['How to get it: step 2 is empty.'] });
    expect(() => sitePlanText({ sites: [{ key: 'north', snapshot: 'a.json' }], preview: { state: '', problems: [] } }, file)).toThrow('field "preview.state"');
  });
});
