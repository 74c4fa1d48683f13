import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReports, runBench } from '../../bench/smoke';

/**
 * Every benchmark runs in `npm test`, tiny (issue 19, part 7): `npm run bench:scale` had stopped
 * starting (its synthetic councils lacked the open-data ids) and nobody noticed. Here the
 * build-scale benchmark and the Open Referral API's run with `--smoke`: each must finish and
 * print its figures beside its baseline of the same run, and leave the committed reports as
 * they are. Never judged on time: the limits only stop a run that hangs, and grow with the
 * work. The search and page-weight benchmarks need the built test site and Chromium: they run
 * in the browser phase (`tests/e2e/benchSmoke.e2e.spec.ts`).
 */
const work = mkdtempSync(path.join(tmpdir(), 'bench-smoke-'));
const reportsBefore = readReports();
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The scale smoke's work: one council, a few offers, four site builds (platform, bare, the rebuild, the rebuild without cache). */
const SCALE = { councils: 1, offers: 12, builds: 4 };
/** Per Astro + Pagefind build, on a busy 2-core machine: start-up, plus each page. */
const perBuildMs = (pages: number) => 120_000 + pages * 1_000;
const SCALE_LIMIT_MS = SCALE.builds * perBuildMs(SCALE.councils * (SCALE.offers + 60));

/** The Open Referral smoke: 5 targets, each 0.2 s of warm-up and 0.5 s measured, after the server starts (≤ 120 s). */
const OPEN_REFERRAL_LIMIT_MS = 120_000 + 5 * 60_000;

const number = String.raw`\d[\d,]*(?:\.\d+)?`;

describe('the benchmarks still run (smoke runs)', () => {
  it(
    'bench:scale --smoke builds a council, the bare baseline and a publish, and prints their figures side by side',
    async () => {
      const sites = path.join(work, 'scale');
      const run = await runBench(
        'scale.ts',
        ['--smoke', '--councils', String(SCALE.councils), '--offers-per-council', String(SCALE.offers), '--work', sites],
        SCALE_LIMIT_MS,
      );
      expect(run.output, run.output).not.toMatch(/did not run|build failed|breaks the snapshot/);
      expect(run.code, run.output).toBe(0);
      // The platform's figures and the baseline's, measured in the same run.
      expect(run.output).toMatch(new RegExp(`platform \\(1 sites, grouped\\)\\s+${number} s\\s+[1-9]\\d*\\s+${number}`));
      expect(run.output).toMatch(new RegExp(`bare Astro \\+ Pagefind \\(one site\\)\\s+${number} s\\s+[1-9]\\d*\\s+${number}`));
      expect(run.output).toMatch(new RegExp(`ratio platform / bare, until every site is served: ${number}×`));
      expect(run.output).toMatch(new RegExp(`1 publish\\(es\\), from the start of the rebuild to the new title served: p50 ${number} s, max ${number} s`));
      expect(run.output).toMatch(/the same rebuild with no compression cache:/);
      expect(readReports()).toEqual(reportsBefore);
    },
    SCALE_LIMIT_MS + 30_000,
  );

  it(
    'bench:openreferral --smoke drives the API and its static baseline on the sites just built, and prints both',
    async () => {
      const sites = path.join(work, 'scale', 'sites');
      const run = await runBench('openReferral.ts', [sites, '--smoke'], OPEN_REFERRAL_LIMIT_MS);
      expect(run.code, run.output).toBe(0);
      for (const label of ['API: list of services (50 a page)', 'static: the same list, as a file', 'API: list, filtered (search, age)', 'API: one service by id', 'static: the same service, as a file']) {
        const row = run.output.split('\n').find((line) => line.startsWith(`| ${label} |`));
        expect(row, `${label}:\n${run.output}`).toBeDefined();
        // req/s, p50, p90, p99, max: figures, not blanks.
        expect(row).toMatch(new RegExp(`^\\| [^|]+ \\| ${number} \\| ${number} ms \\| ${number} ms \\| ${number} ms \\| ${number} ms \\| \\d+ \\|`));
      }
      expect(run.output).toMatch(/Aim \(every API target .*\): (met|not met)\./);
      expect(run.output).toMatch(/Report not written \(smoke run\)/);
      expect(readReports()).toEqual(reportsBefore);
    },
    OPEN_REFERRAL_LIMIT_MS + 30_000,
  );
});
