import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPlatformApp } from '@platform/server/staticServer';
import { gatherComparison, readSiteDirectory } from '@platform/build/councilSites';
import { HandOffError } from '@content/model/handOff';
import { readOpenReferralFeed, parseOpenReferralFeed } from '@content/model/openReferralFeed';
import { writeSiteDirectoryFile } from '@content/model/siteDirectory';
import { readSitePlan, sitePlanText } from '@content/model/sitePlan';
import { readSnapshot } from '@content/model/snapshot';
import { siteUrlFromSnapshot } from '@content/model/siteUrl';

/**
 * The files one process hands another (issue 19, part 1) are read only through their schemas:
 * a malformed one is refused with a message naming the file and the field, not read as
 * something else further on.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'lop-hand-offs-'));
const file = (name: string, content: unknown) => {
  const at = path.join(dir, name);
  writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content));
  return at;
};

describe('sites.json (the build → the server)', () => {
  it('is refused when a site is not what the server reads, naming the file and the field', () => {
    const root = mkdtempSync(path.join(dir, 'sites-'));
    file(path.relative(dir, path.join(root, 'sites.json')), { sites: [{ slug: 'riverford', name: 'Riverford', hosts: 'riverford.localhost' }] });
    expect(() => readSiteDirectory(root)).toThrow(HandOffError);
    expect(() => readSiteDirectory(root)).toThrow(`${path.join(root, 'sites.json')}: field "sites.0.hosts": `);
  });

  it('is empty when there is none yet, and is never written wrong', () => {
    const root = mkdtempSync(path.join(dir, 'sites-'));
    expect(readSiteDirectory(root)).toEqual({ sites: [] });
    const target = path.join(root, 'sites.json');
    expect(() => writeSiteDirectoryFile(target, { sites: [{ slug: '../etc', name: 'x', hosts: [] }] })).toThrow(`${target}: field "sites.0.slug": `);
    expect(existsSync(target)).toBe(false);
  });
});

describe('plan.json (the build → its Astro run)', () => {
  it('is refused when a site has no snapshot, naming the file and the field', () => {
    const plan = file('plan-bad.json', { sites: [{ key: 'north', snapshot: 'a.json' }, { key: 'south' }] });
    expect(() => readSitePlan({ SITE_PLAN: plan })).toThrow(`SITE_PLAN ${plan}: field "sites.1.snapshot": `);
  });

  it('is refused when it is not JSON, or lists a site twice', () => {
    const broken = file('plan-broken.json', '{"sites": [');
    expect(() => readSitePlan({ SITE_PLAN: broken })).toThrow(`SITE_PLAN ${broken} is not JSON`);
    const twice = file('plan-twice.json', { sites: [{ key: 'north', snapshot: 'a.json' }, { key: 'north', snapshot: 'b.json' }] });
    expect(() => readSitePlan({ SITE_PLAN: twice })).toThrow(`SITE_PLAN ${twice}: field "sites.1.key": "north" is listed twice`);
  });

  it('is written only as its reader reads it', () => {
    expect(() => sitePlanText({ sites: [] }, 'plan.json')).toThrow('SITE_PLAN plan.json: field "sites": lists no sites');
    const good = file('plan-good.json', sitePlanText({ sites: [{ key: 'north', snapshot: 'a.json', kind: 'council' }] }, 'plan.json'));
    expect(readSitePlan({ SITE_PLAN: good })?.sites.map((s) => s.key)).toEqual(['north']);
  });
});

describe('the snapshot (the CMS → the build)', () => {
  it('is refused when a collection is not a list, naming the file and the field', async () => {
    const snapshot = file('snapshot-bad.json', { generatedAt: '2026-01-01', authority: null, kind: 'library', areas: 'none', offers: [], guides: [], spotlights: [], glossary: [], pledges: [], indicators: [] });
    await expect(readSnapshot(snapshot)).rejects.toThrow(snapshot);
    await expect(readSnapshot(snapshot)).rejects.toThrow('field "areas"');
  });

  it("is read for its public address through the snapshot's schema", () => {
    const snapshot = file('snapshot-authority.json', { authority: 'Riverford' });
    expect(() => siteUrlFromSnapshot(snapshot)).toThrow(`${snapshot}: field "authority": `);
    expect(siteUrlFromSnapshot(file('snapshot-url.json', { authority: { siteUrl: 'https://offer.example/' } }))).toBe('https://offer.example/');
    expect(siteUrlFromSnapshot(path.join(dir, 'none.json'))).toBeUndefined();
  });
});

describe("a council's Open Referral feed (the site build → the server)", () => {
  const feed = {
    generated: '2026-01-01T00:00:00Z',
    api_url: null,
    council: { name: 'Riverford', ons_code: 'E0000001' },
    organization: { id: 'o', name: 'Riverford', description: 'd', url: 'https://x.example/' },
    services: [{ id: 's1', name: 'Help', description: 'd', attributes: [], extra: 'kept' }],
    taxonomies: [],
    taxonomy_terms: [],
  };

  it('is read with every field a service has', async () => {
    const read = await readOpenReferralFeed(file('feed.json', feed));
    expect(read?.services[0]).toMatchObject({ id: 's1', extra: 'kept' });
    expect(read?.organization).toMatchObject({ url: 'https://x.example/' });
  });

  it('is refused when a service has no id, naming the file and the field', async () => {
    const bad = file('feed-bad.json', { ...feed, services: [{ ...feed.services[0], id: 7 }] });
    await expect(readOpenReferralFeed(bad)).rejects.toThrow(`${bad}: field "services.0.id": `);
    expect(() => parseOpenReferralFeed('not json', 'feed.json')).toThrow('feed.json is not JSON');
  });
});

describe("a council's part of how councils compare (its export → the build of every site)", () => {
  it('is left out with a warning naming the file and the field, and the other councils are still compared', () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    const part = path.join(data, 'snapshot', 'riverford', 'comparison.json');
    mkdirSync(path.dirname(part), { recursive: true });
    writeFileSync(part, JSON.stringify({ council: 'Riverford', offers: 'none' }));
    const warnings: string[] = [];
    const out = gatherComparison(
      [{ id: 1, slug: 'riverford', name: 'Riverford City Council', siteUrl: null }, { id: 2, slug: 'northdale', name: 'Northdale', siteUrl: null }],
      { DATA_DIR: data },
      (line) => warnings.push(line),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Riverford City Council is left out of how councils compare');
    expect(warnings[0]).toContain(`${part}: field "`);
    expect(JSON.parse(readFileSync(out, 'utf8')).councils).toEqual([]);
  });
});

describe('the server reads what the build hands it through the same schemas', () => {
  it('says which field of sites.json is wrong, and serves no site from it', async () => {
    const root = mkdtempSync(path.join(dir, 'served-'));
    const sites = path.join(root, 'sites.json');
    writeFileSync(sites, JSON.stringify({ sites: [{ slug: 'riverford', name: 'Riverford', hosts: 'riverford.localhost' }] }));
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await createPlatformApp(root).request('http://riverford.localhost/');
      await res.text();
      expect(said.mock.calls.map((call) => String(call[0]))).toContain(`${sites}: field "sites.0.hosts": Invalid input: expected array, received string`);
    } finally {
      said.mockRestore();
    }
  });
});
