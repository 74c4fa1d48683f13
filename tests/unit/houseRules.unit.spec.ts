import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Issue 19, part 6: the casts that switch the type checker off are refused by `npm run check`
 * (eslint.config.mjs), in hand-written code and in every test file (there is no allowlist),
 * and a comment can't turn the rule off.
 */
const eslint = new ESLint();
const problems = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((result) => result.messages.map((m) => m.message));

describe('the house rules on casts (npm run check)', () => {
  const refused: [string, string][] = [
    ['as never', "export const select = { term: true } as never;\n"],
    ['as any', 'export const user = JSON.parse("{}") as any;\n'],
    ['as unknown as', 'export const n = "1" as unknown as number;\n'],
    ['<never>', 'export const x = <never>{};\n'],
    ['@ts-ignore', '// @ts-ignore\nexport const y: number = "no";\n'],
    ['@ts-expect-error', '// @ts-expect-error\nexport const z: number = "no";\n'],
  ];

  it.each(refused)('refuses %s in the CMS, the site, the model and the bench', async (what, code) => {
    for (const file of ['cms/hooks/example.ts', 'site/lib/example.ts', 'content/model/example.ts', 'bench/example.ts']) {
      expect(await problems(code, file), `${what} in ${file}`).toHaveLength(1);
    }
  });

  it('refuses them in test files too', async () => {
    for (const file of ['tests/int/db/example.int.spec.ts', 'tests/unit/example.unit.spec.ts', 'tests/e2e/example.e2e.spec.ts', 'tests/helpers/example.ts']) {
      expect(await problems("export const select = { term: true } as never;\n", file), file).toHaveLength(1);
    }
  });

  it('a comment can’t turn the rule off', async () => {
    const code = '// eslint-disable-next-line no-restricted-syntax\nexport const n = "1" as unknown as number;\n';
    expect((await problems(code, 'cms/lib/example.ts')).some((m) => m.includes('as unknown as'))).toBe(true);
  });

  it('leaves real types, `as const` and `satisfies` alone', async () => {
    const code = "export const roles = ['a', 'b'] as const;\nexport const offer = { title: 'A' } satisfies { title: string };\nexport const id = (value: unknown) => (typeof value === 'string' ? value : null);\n";
    expect(await problems(code, 'cms/lib/example.ts')).toEqual([]);
  });
});
