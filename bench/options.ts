/**
 * What every benchmark takes on its command line, and where it writes its report.
 *
 * `--smoke` (or `BENCH_SMOKE=1`): a tiny run that only proves the benchmark still runs
 * end to end (`npm test` runs each one so; `tests/int/benchSmoke.int.spec.ts`,
 * `tests/e2e/benchSmoke.e2e.spec.ts`). Each benchmark makes its own work small (one council
 * with a few offers, a few queries, one page for Lighthouse, a fraction of a second per
 * target) and still prints its figures beside its baseline measured in the same run. A
 * smoke run writes no report unless `BENCH_REPORT` names a file.
 *
 * `BENCH_REPORT=<file>` writes the report there instead of the committed one in `bench/`;
 * `BENCH_REPORT=off` writes none.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);

/** True for a smoke run: `--smoke` or `BENCH_SMOKE=1`. */
export const smoke = argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';

/** The value after `--name`, if given. */
export function option(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
}

/** A number option (`--name 3`): the default when it is not given; a clear error when it is not a number. */
export function numberOption(name: string, fallback: number): number {
  const given = option(name);
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} ${given}: expected a positive number`);
  return value;
}

/** A number from the environment, or the default; a clear error when it is set but not a number. */
export function numberEnv(name: string, fallback: number): number {
  const given = process.env[name];
  if (given === undefined || given === '') return fallback;
  const value = Number(given);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}=${given}: expected a number`);
  return value;
}

/** The first argument that is neither an option nor an option's value (`bench/search.ts <folder>`). */
export function positional(valued: string[] = []): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      if (valued.includes(arg.slice(2))) i += 1;
      continue;
    }
    return arg;
  }
  return undefined;
}

/**
 * Where the report goes: `BENCH_REPORT` (a file, or `off` for none), else nowhere on a smoke
 * run, else the committed report `bench/<name>`.
 */
export function reportFile(name: string): string | null {
  const given = process.env.BENCH_REPORT;
  if (given === 'off') return null;
  if (given) return path.resolve(given);
  return smoke ? null : path.resolve('bench', name);
}

/** Writes the report where {@link reportFile} says, and says where (or that it was not written). */
export function writeReport(name: string, text: string | ((file: string) => string)): void {
  const file = reportFile(name);
  if (!file) {
    console.log(`Report not written (${smoke ? 'smoke run' : 'BENCH_REPORT=off'}); bench/${name} is unchanged.`);
    return;
  }
  writeFileSync(file, typeof text === 'string' ? text : text(file));
  console.log(`Report written to ${path.relative(process.cwd(), file) || file}.`);
}

/** Stops the run (exit code 1) saying which figures are missing: the benchmark did not run. Never said for a slow figure. */
export function noFigures(message: string): never {
  throw new Error(`The benchmark did not run: ${message}`);
}
