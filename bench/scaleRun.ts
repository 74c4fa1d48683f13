/**
 * One build of the scale benchmark, in a process of its own so `bench/scale.ts` can measure
 * its memory (this process and its children) apart from everything else. Prints one line of
 * JSON last: `{ pages, steps: { name: ms } }`.
 *
 *   tsx bench/scaleRun.ts platform <snapshotDir> <outDir>
 *   tsx bench/scaleRun.ts bare <snapshot.json> <outDir> <pages>
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildSite } from '@cms/lib/buildSite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The real pipeline: cms/lib/buildSite.ts (astro build, media, Pagefind, precompress, swap). */
async function platform(snapshotDir: string, outDir: string) {
  const steps: Record<string, number> = {};
  const { pages } = await buildSite({
    snapshotDir,
    outDir,
    siteUrl: 'https://bench.example/',
    log: () => {},
    onStep: (name, ms) => {
      steps[name] = ms;
    },
  });
  return { pages, steps };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} failed:\n${output.join('').slice(-3000)}`)),
    );
  });
}

/** The baseline: a trivial Astro project (bench/bare/) with the same pages, then Pagefind the same way. */
async function bare(snapshot: string, outDir: string, pages: number) {
  const steps: Record<string, number> = {};
  let started = performance.now();
  await run(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', 'bench/bare', '--silent'], {
    ...process.env,
    BARE_SNAPSHOT: snapshot,
    BARE_PAGES: String(pages),
    BARE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  steps.astro = performance.now() - started;
  started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    count = added.page_count;
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  steps.pagefind = performance.now() - started;
  return { pages: count, steps };
}

const [kind, a, b, c] = process.argv.slice(2);
try {
  const result = kind === 'platform' ? await platform(a!, b!) : await bare(a!, b!, Number(c));
  console.log(JSON.stringify(result));
  process.exit(0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
