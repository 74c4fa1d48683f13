import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs one benchmark tiny (`--smoke`, bench/options.ts) as `npx tsx bench/<script>` would, in a
 * process group of its own, for the smoke tests (`tests/int/benchSmoke.int.spec.ts`,
 * `tests/e2e/benchSmoke.e2e.spec.ts`): `npm test` runs every benchmark, so none can rot.
 * Never judged on time: `limitMs` only stops a run that hangs (its whole process tree),
 * and the tests set it from the run's work.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** The environment a person running `npm run bench…` has: without what the test runner adds (NODE_ENV=test, VITEST…). */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST') || name.startsWith('TEST_')) delete env[name];
  return env;
}

export type BenchRun = { code: number | null; output: string };

export function runBench(script: string, args: string[], limitMs: number, env: Record<string, string> = {}): Promise<BenchRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, path.join('bench', script), ...args], {
      cwd: root,
      env: { ...userEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`bench/${script} ${args.join(' ')} did not finish within ${Math.round(limitMs / 1000)} s (it hangs):\n${output.slice(-3000)}`));
    }, limitMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** The committed reports, to show a smoke run leaves them as they are. */
export const BENCH_REPORTS = ['REPORT.md', 'SEARCH-REPORT.md', 'SEARCH-REPORT.ar.md', 'SEARCH-REPORT.prs.md', 'SEARCH-REPORT.ti.md', 'OPENREFERRAL-REPORT.md'].map((name) => path.join(root, 'bench', name));

export const readReports = (): string[] => BENCH_REPORTS.map((file) => readFileSync(file, 'utf8'));
