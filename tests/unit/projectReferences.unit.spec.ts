import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 19, part 6: the compiler refuses an import against the direction of the parts
 * (`npm run check:types`, `tsc -b tsconfig.projects.json`). Each part is a composite project
 * that references only the parts it may import; a file of another part is not in its file
 * list, so tsc fails (TS6307). This test copies the repository's own tsconfig files into a
 * temporary folder, puts one small file in each part that imports every other part, and runs
 * tsc -b there: exactly the imports against the direction must fail.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const parts = {
  model: 'content/model',
  cms: 'cms',
  site: 'site',
  platform: 'platform',
  bench: 'bench',
  tests: 'tests',
  tools: '.',
} as const;
type Part = keyof typeof parts;
const names = Object.keys(parts) as Part[];

/** cms ← model → site; the platform uses cms, model and site; benchmarks measure those; tests and the tools' configs use all; nothing imports tests. */
const mayImport: Record<Part, Part[]> = {
  model: [],
  cms: ['model'],
  site: ['model'],
  platform: ['model', 'cms', 'site'],
  bench: ['model', 'cms', 'site', 'platform'],
  tests: ['model', 'cms', 'site', 'platform', 'bench'],
  tools: ['model', 'cms', 'site', 'platform', 'bench', 'tests'],
};

const configs = [
  'tsconfig.json',
  'tsconfig.part.json',
  'tsconfig.projects.json',
  'tsconfig.tools.json',
  ...names.filter((p) => p !== 'tools').map((p) => `${parts[p]}/tsconfig.json`),
];

/** The file each part exports from, and the one that imports every other part. */
const probe = (part: Part) => path.join(parts[part], part === 'tools' ? 'tools-probe.ts' : 'probe.ts');
const importer = (part: Part) => path.join(parts[part], part === 'tools' ? 'tools-imports.ts' : 'imports.ts');

const work = mkdtempSync(path.join(tmpdir(), 'lop-references-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(): { code: number | null; refused: string[]; other: string[] } {
  for (const file of configs) {
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    copyFileSync(path.join(repo, file), path.join(work, file));
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  for (const part of names) {
    writeFileSync(path.join(work, probe(part)), `export const ${part} = '${part}';\n`);
    const lines = names
      .filter((other) => other !== part)
      .map((other) => {
        const from = path.relative(path.dirname(path.join(work, importer(part))), path.join(work, probe(other))).replace(/\.ts$/, '');
        return `export { ${other} } from '${from.startsWith('.') ? from : `./${from}`}';\n`;
      });
    writeFileSync(path.join(work, importer(part)), lines.join(''));
  }
  const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.projects.json', '--pretty', 'false'], { cwd: work, encoding: 'utf8' });
  const errors = run.stdout.split('\n').filter((line) => line.includes('error TS'));
  const partOf = (file: string) => names.find((p) => path.normalize(file) === probe(p) || path.normalize(file) === importer(p));
  const refused = errors.flatMap((line) => {
    const match = /^(.+?)\(\d+,\d+\): error TS6307: File '(.+?)' is not listed/.exec(line);
    const from = match && partOf(match[1]!);
    const to = match && partOf(path.relative(work, match[2]!));
    return from && to ? [`${from} → ${to}`] : [];
  });
  const other = errors.filter((line) => !line.includes('error TS6307'));
  return { code: run.status, refused, other };
}

describe('the parts import only in their direction (tsc -b over project references)', () => {
  it('refuses exactly the imports against the direction, and compiles the rest', () => {
    const { code, refused, other } = build();
    const against = names.flatMap((from) => names.filter((to) => to !== from && !mayImport[from].includes(to)).map((to) => `${from} → ${to}`));
    expect(other).toEqual([]);
    expect([...new Set(refused)].sort()).toEqual(against.sort());
    expect(refused).toContain('cms → site');
    expect(refused).toContain('model → cms');
    expect(refused).toContain('cms → platform');
    expect(refused).toContain('bench → tests');
    expect(code).not.toBe(0);
  }, 120_000);

  it('npm run check:types builds the parts named here', () => {
    const solution = JSON.parse(readFileSync(path.join(repo, 'tsconfig.projects.json'), 'utf8')) as { references: { path: string }[] };
    const built = solution.references.map((r) => path.normalize(r.path));
    expect(built.sort()).toEqual(names.map((p) => (p === 'tools' ? 'tsconfig.tools.json' : parts[p])).sort());
  });
});
