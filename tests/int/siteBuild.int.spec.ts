import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '@platform/build/buildSite';
import { NO_SITE_URL_WARNING } from '@site/lib/siteUrl';

/**
 * The site build from a snapshot: it produces pages and a search index; a document that
 * breaks the schema is left out (named) while the rest is built, so a takedown always
 * lands; a snapshot that can't be built at all leaves the last good site in place.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'lop-build-'));
const outDir = path.join(work, 'dist');

function snapshotDir(name: string, snapshot: unknown): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot));
  if (existsSync('tests/fixtures/media')) cpSync('tests/fixtures/media', path.join(dir, 'media'), { recursive: true });
  return dir;
}

// What builds killed part-way left behind (their process is gone): the next build deletes them.
const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
const leftovers = [`${outDir}.next-${deadPid}-1700000000000`, path.join(`${outDir}.builds`, `1700000000000-${deadPid}-0`)];
/** What the first build printed (the fixture's council has no public address, and SITE_URL is not set). */
const firstBuildLog: string[] = [];

/** Every text file of a built site, with its path. */
function textFiles(dir: string): [string, string][] {
  const files: [string, string][] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const full = path.join(at, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|xml|json|js|css|txt|webmanifest)$|^_headers$/.test(entry)) files.push([full, readFileSync(full, 'utf8')]);
    }
  };
  walk(dir);
  return files;
}

describe('site build', () => {
  beforeAll(async () => {
    for (const dir of leftovers) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), 'half a site');
      utimesSync(dir, new Date(1_700_000_000_000), new Date(1_700_000_000_000));
    }
    // Neither the CMS nor SITE_URL gives a public address.
    const saved = process.env.SITE_URL;
    delete process.env.SITE_URL;
    try {
      await buildSite({ snapshotDir: snapshotDir('good', fixture), outDir, log: (line) => firstBuildLog.push(line) });
    } finally {
      if (saved !== undefined) process.env.SITE_URL = saved;
    }
  }, 180_000);

  it('warns when the council has no public address, and writes no localhost and no made-up address into the pages', () => {
    expect(fixture.authority.siteUrl ?? null).toBeNull();
    expect(firstBuildLog.join('\n')).toContain(NO_SITE_URL_WARNING);
    const files = textFiles(outDir);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter(([, text]) => /localhost|127\.0\.0\.1/.test(text)).map(([file]) => file)).toEqual([]);
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).not.toContain('rel="canonical"');
    expect(home).not.toContain('og:url');
    expect(readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8')).not.toContain('<loc>');
  });

  it('builds every offer page and a search index', () => {
    for (const offer of fixture.offers) {
      const html = readFileSync(path.join(outDir, 'offers', offer.slug, 'index.html'), 'utf8');
      expect(html).toContain(offer.title.replace(/'/g, '&#39;'));
    }
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('builds the same pages, byte for byte, from the same content, so a rebuild can reuse what did not change', async () => {
    // Every page once carried its build time (the feedback form's "shown"): no rebuild could
    // reuse an unchanged page's compressed copies, and a publish waited for all of them.
    const again = path.join(work, 'again');
    const saved = process.env.SITE_URL;
    delete process.env.SITE_URL;
    try {
      await buildSite({ snapshotDir: snapshotDir('again', fixture), outDir: again, log: () => {} });
    } finally {
      if (saved !== undefined) process.env.SITE_URL = saved;
    }
    const pages = (dir: string) => new Map(textFiles(dir).filter(([file]) => file.endsWith('.html')).map(([file, text]) => [path.relative(dir, file), text]));
    const first = pages(outDir);
    const second = pages(again);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differ = [...first].filter(([file, text]) => second.get(file) !== text).map(([file]) => file);
    expect(differ).toEqual([]);
  }, 180_000);

  it('serves the build through a symlink swapped atomically, with compressed copies and _headers, and deletes what killed builds left', () => {
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(outDir, 'index.html.br'))).toBe(true);
    expect(existsSync(path.join(outDir, 'index.html.gz'))).toBe(true);
    expect(readFileSync(path.join(outDir, '_headers'), 'utf8')).toContain('Content-Security-Policy:');
    for (const dir of leftovers) expect(existsSync(dir), dir).toBe(false);
  });

  it('leaves out a document that breaks the schema and still lands a takedown in the same rebuild', async () => {
    const broken = structuredClone(fixture);
    const bad = broken.offers[0];
    bad.eligibility.ageTo = 'twenty-five';
    bad.sourceUrl = 'javascript:alert(1)';
    const takenDown = broken.offers.splice(1, 1)[0];
    expect(existsSync(path.join(outDir, 'offers', takenDown.slug, 'index.html'))).toBe(true);

    const lines: string[] = [];
    await buildSite({ snapshotDir: snapshotDir('broken', broken), outDir, log: (line) => lines.push(line) });

    expect(existsSync(path.join(outDir, 'offers', takenDown.slug, 'index.html'))).toBe(false);
    expect(existsSync(path.join(outDir, 'offers', bad.slug, 'index.html'))).toBe(false);
    for (const offer of broken.offers.slice(1)) {
      expect(existsSync(path.join(outDir, 'offers', offer.slug, 'index.html'))).toBe(true);
    }
    const { validateSnapshot } = await import('@site/loaders/payloadSnapshot');
    expect(validateSnapshot(broken).excluded).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^offers "${bad.slug}": field "eligibility\\.ageTo"`)),
        expect.stringMatching(new RegExp(`^offers "${bad.slug}": field "sourceUrl": "javascript:alert\\(1\\)" "javascript:" links are not allowed`)),
      ]),
    );
    // Nothing on any page links to the script URL.
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('javascript:');
  }, 180_000);

  it('stops a build that runs past its time limit, ends its processes, says so, and keeps the last good site (issue 18, finding 8)', async () => {
    const before = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const saved = process.env.SITE_BUILD_TIMEOUT_MS;
    // Far less than Astro needs to start: the run is stopped part-way.
    process.env.SITE_BUILD_TIMEOUT_MS = '400';
    const started = Date.now();
    try {
      await expect(buildSite({ snapshotDir: snapshotDir('too-slow', fixture), outDir, log: () => {} })).rejects.toThrow(
        /^The build took longer than 400 ms \(building the pages\) and was stopped\. The last good site is still live/,
      );
    } finally {
      if (saved === undefined) delete process.env.SITE_BUILD_TIMEOUT_MS;
      else process.env.SITE_BUILD_TIMEOUT_MS = saved;
    }
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe(before);
    // No Astro process of that run is left (each was started with the run's output folder).
    const leftRunning = readdirSync('/proc').filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`SITE_OUT_DIR=${path.dirname(outDir)}`);
      } catch {
        return false;
      }
    });
    expect(leftRunning).toEqual([]);
  }, 180_000);

  it('stops on a snapshot whose council details are broken, naming the field, and keeps the last good site', async () => {
    const broken = structuredClone(fixture);
    broken.authority.email = 'not an email';
    const before = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    await expect(buildSite({ snapshotDir: snapshotDir('no-council', broken), outDir, log: () => {} })).rejects.toThrow(/field "email"/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe(before);
  }, 180_000);
});

/**
 * Many councils in one Astro run (`buildSites`): each gets a whole site of its own, with its
 * own content only; one under a shared address has every path under it; and a council whose
 * snapshot cannot be built fails alone, keeping its last good site, while the others build.
 */
describe('several sites in one build', () => {
  const north = structuredClone(fixture);
  north.authority.name = 'Northshire Council';
  north.authority.siteUrl = 'https://north.example/';
  const south = structuredClone(fixture);
  south.authority.name = 'Southville Council';
  south.authority.siteUrl = 'https://shared.example/southville/';
  // Each has an offer the other has not.
  north.offers = north.offers.filter((_: unknown, i: number) => i !== 0);
  south.offers = south.offers.filter((_: unknown, i: number) => i !== 1);
  const northOut = path.join(work, 'sites', 'north');
  const southOut = path.join(work, 'sites', 'south');

  it('builds each council its own whole site from one astro run', async () => {
    const { buildSites } = await import('@platform/build/buildSite');
    const steps: string[] = [];
    const outcomes = await buildSites(
      [
        { key: 'north', snapshotDir: snapshotDir('north', north), outDir: northOut },
        { key: 'south', snapshotDir: snapshotDir('south', south), outDir: southOut },
      ],
      { log: () => {}, onStep: (step) => steps.push(step) },
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    // One astro run for both; each site finished on its own.
    expect(steps.filter((s) => s === 'astro')).toHaveLength(1);
    expect(steps.filter((s) => s === 'swap')).toHaveLength(2);
    for (const [out, mine, theirs, name] of [
      [northOut, north, south, 'Northshire Council'],
      [southOut, south, north, 'Southville Council'],
    ] as const) {
      const home = readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(home).toContain(name);
      for (const file of ['404.html', 'sw.js', '_headers', 'search-vocabulary.json', 'manifest.webmanifest', 'icons/icon-192.png', 'favicon.svg', 'pagefind/pagefind.js']) {
        expect(existsSync(path.join(out, file)), `${out}: ${file}`).toBe(true);
      }
      expect(readdirSync(path.join(out, '_astro')).length).toBeGreaterThan(0);
      for (const offer of mine.offers) expect(existsSync(path.join(out, 'offers', offer.slug, 'index.html'))).toBe(true);
      const only = theirs.offers.filter((o: { slug: string }) => !mine.offers.some((m: { slug: string }) => m.slug === o.slug));
      expect(only).toHaveLength(1);
      expect(existsSync(path.join(out, 'offers', only[0].slug))).toBe(false);
      // No page was built under a council's key inside a site.
      expect(existsSync(path.join(out, 'north'))).toBe(false);
      expect(existsSync(path.join(out, 'south'))).toBe(false);
    }
    // Southville is under a shared address: its pages, manifest and worker say so.
    const southHome = readFileSync(path.join(southOut, 'index.html'), 'utf8');
    expect(southHome).toContain('data-base="/southville/"');
    expect(southHome).toContain('href="/southville/search/"');
    expect(southHome).toContain('<link rel="canonical" href="https://shared.example/southville/">');
    expect(southHome).not.toMatch(/\s(?:href|src|action)="\/(?!southville\/|\/)/);
    expect(JSON.parse(readFileSync(path.join(southOut, 'manifest.webmanifest'), 'utf8')).start_url).toBe('/southville/');
    expect(readFileSync(path.join(southOut, 'sw.js'), 'utf8')).toContain('const BASE = "/southville/"');
    expect(readFileSync(path.join(southOut, 'sitemap.xml'), 'utf8')).toContain('<loc>https://shared.example/southville/offers/');
    // Northshire is at the root of its own domain.
    const northHome = readFileSync(path.join(northOut, 'index.html'), 'utf8');
    expect(northHome).toContain('data-base="/"');
    expect(northHome).toContain('href="/search/"');
  }, 180_000);

  it('puts every link and asset of every page of the site under a path under that path, because its routes made them', () => {
    // Issue 19, part 3: no step after Astro rewrites a page; every root URL in every page of the
    // site under a shared address (Astro's own /_astro/ links included) is under /southville/.
    const pages = textFiles(southOut).filter(([file]) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const outside = pages.flatMap(([file, html]) =>
      [...html.matchAll(/\s(?:href|src|action|data-[a-z-]+)="(\/[^"]*)"|\ssrcset="([^"]*)"/g)]
        .flatMap((m) => (m[1] !== undefined ? [m[1]] : m[2]!.split(',').map((c) => c.trim().split(/\s+/)[0]!)))
        .filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/southville/'))
        .map((url) => `${path.relative(southOut, file)}: ${url}`),
    );
    expect(outside).toEqual([]);
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(readFileSync(path.join(southOut, 'index.html'), 'utf8'))?.[1];
    expect(stylesheet).toMatch(/^\/southville\/_astro\/.+\.css$/);
    expect(existsSync(path.join(southOut, stylesheet!.slice('/southville/'.length)))).toBe(true);
  });

  it('a run of several sites stopped by its time limit fails each of them with that message, without building each again', async () => {
    const { buildSites } = await import('@platform/build/buildSite');
    const saved = process.env.SITE_BUILD_TIMEOUT_MS;
    process.env.SITE_BUILD_TIMEOUT_MS = '400';
    const lines: string[] = [];
    try {
      const outcomes = await buildSites(
        [
          { key: 'north', snapshotDir: snapshotDir('north-slow', north), outDir: path.join(work, 'slow', 'north') },
          { key: 'south', snapshotDir: snapshotDir('south-slow', south), outDir: path.join(work, 'slow', 'south') },
        ],
        { log: (line) => lines.push(line) },
      );
      expect(outcomes.map((o) => (o.ok ? 'built' : o.error.message.split(' (')[0]))).toEqual(['The build took longer than 400 ms', 'The build took longer than 400 ms']);
    } finally {
      if (saved === undefined) delete process.env.SITE_BUILD_TIMEOUT_MS;
      else process.env.SITE_BUILD_TIMEOUT_MS = saved;
    }
    expect(lines.join('\n')).not.toContain('building each on its own');
  }, 120_000);

  it('a council whose snapshot cannot be built fails alone, and keeps its last good site', async () => {
    const { buildSites } = await import('@platform/build/buildSite');
    const brokenSouth = structuredClone(south);
    brokenSouth.authority.email = 'not an email';
    const southBefore = readFileSync(path.join(southOut, 'index.html'), 'utf8');
    const renamed = structuredClone(north);
    renamed.authority.name = 'Northshire County Council';
    const outcomes = await buildSites(
      [
        { key: 'north', snapshotDir: snapshotDir('north-2', renamed), outDir: northOut },
        { key: 'south', snapshotDir: snapshotDir('south-2', brokenSouth), outDir: southOut },
      ],
      { log: () => {} },
    );
    expect(outcomes[0]).toMatchObject({ key: 'north', ok: true });
    expect(outcomes[1]).toMatchObject({ key: 'south', ok: false });
    expect(!outcomes[1]!.ok && outcomes[1]!.error.message).toMatch(/field "email"/);
    expect(readFileSync(path.join(northOut, 'index.html'), 'utf8')).toContain('Northshire County Council');
    expect(readFileSync(path.join(southOut, 'index.html'), 'utf8')).toBe(southBefore);
    // Nothing of the runs is left beside the sites.
    expect(readdirSync(path.join(work, 'sites')).filter((name) => name.startsWith('.site-batch-'))).toEqual([]);
  }, 300_000);
  it('two builds at once each build their own pages, and neither uses the content cache every build once shared', async () => {
    // Astro's default content cache is one file for every build on the machine
    // (node_modules/.astro/data-store.json): the worker's build and an `npm run build`, or
    // two test files, wrote and read it at the same time. Each build now has its own.
    const shared = path.join('node_modules', '.astro', 'data-store.json');
    const before = existsSync(shared) ? statSync(shared).mtimeMs : null;
    const titled = (title: string) => {
      const snapshot = structuredClone(fixture);
      snapshot.offers[0].title = title;
      return snapshot;
    };
    const [a, b] = await Promise.all(
      (['Quince grant for build A', 'Medlar grant for build B'] as const).map(async (title, n) => {
        const out = path.join(work, `at-once-${n}`);
        await buildSite({ snapshotDir: snapshotDir(`at-once-${n}`, titled(title)), outDir: out, log: () => {} });
        return readFileSync(path.join(out, 'offers', fixture.offers[0].slug, 'index.html'), 'utf8');
      }),
    );
    expect(a).toContain('Quince grant for build A');
    expect(a).not.toContain('Medlar');
    expect(b).toContain('Medlar grant for build B');
    expect(b).not.toContain('Quince');
    expect(existsSync(shared) ? statSync(shared).mtimeMs : null).toBe(before);
  }, 300_000);
});
