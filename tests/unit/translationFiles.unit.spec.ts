/**
 * The demo translation files (`content/translations/<lang>/`, issue 21 part 2): every one the
 * repository ships is read and checked against the English it mirrors, and a file an editor
 * gets wrong is refused before anything is imported, naming the file and the field.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, type SeedContent } from '@cms/seed/readContent';
import { readTranslations } from '@cms/seed/readTranslations';
import { localizedData } from '@cms/seed/importTranslations';

let dir: string;
let copy: string;
let content: SeedContent;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'translations-'));
  copy = path.join(dir, 'content');
  cpSync('content', copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}media${path.sep}`) && !src.endsWith(`${path.sep}model`) });
  content = readContent('content');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const arabic = (...parts: string[]) => path.join(copy, 'translations', 'ar', ...parts);
/** Runs `change` on a copy of the shipped translations, reads them, and puts the file back. */
function withChange(file: string, change: (text: string) => string): () => unknown {
  return () => {
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, change(before));
    try {
      return readTranslations(copy, content);
    } finally {
      writeFileSync(file, before);
    }
  };
}

describe('the shipped translations', () => {
  it('are all read, each matched to the English it mirrors, and the demo ones say they need checking', () => {
    const files = readTranslations('content', content);
    const kinds = new Set(files.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['area', 'authority', 'entitlement', 'glossary', 'localDetail', 'offer']);
    expect(files.every((t) => t.translation.state === 'needs-checking')).toBe(true);
    // At least one is left out of date on purpose, by an English edit the seed makes.
    expect(files.some((t) => t.translation.outOfDateBecause && t.translation.englishEdit)).toBe(true);
    // Keys are not text: they name the English document.
    for (const t of files) expect(Object.keys(t.text)).not.toContain('slug');
  });
});

describe('a translation file that is wrong is refused, naming the file and the field', () => {
  it('a field that is not text to translate', () => {
    expect(withChange(arabic('entitlements', 'setting-up-home-allowance.md'), (t) => t.replace('title:', 'area: money\ntitle:'))).toThrow(
      /translations\/ar\/entitlements\/setting-up-home-allowance\.md: field "area": is not text to translate/,
    );
  });

  it('a different number of steps from the English', () => {
    expect(withChange(arabic('entitlements', 'setting-up-home-allowance.md'), (t) => t.replace(/\n {2}- اسأل عمّا تبقّى في أي وقت\./, ''))).toThrow(
      /field "howToGet": has 3 rows; the English has 4/,
    );
  });

  it('a file with no English to mirror', () => {
    const file = arabic('councils', 'demo-borough', 'offers', 'no-such-offer.md');
    writeFileSync(file, readFileSync(arabic('councils', 'demo-borough', 'offers', 'travel-discount.md'), 'utf8'));
    try {
      expect(() => readTranslations(copy, content)).toThrow(/no-such-offer\.md: field "\(file name\)": no offer "no-such-offer"/);
    } finally {
      rmSync(file);
    }
  });

  it('an unknown state, or a checked one with nobody who checked it', () => {
    const file = arabic('areas.yaml');
    expect(withChange(file, (t) => t.replace('state: needs-checking', 'state: done'))).toThrow(/areas\.yaml \(entry 1\): field "translation\.state"/);
    expect(withChange(file, (t) => t.replace('state: needs-checking', 'state: checked'))).toThrow(/field "translation\.checkedBy": checkedBy and checkedOn are given with state: checked/);
  });

  it('out of date with no English edit to make it so', () => {
    expect(withChange(arabic('councils', 'demo-borough', 'offers', 'travel-discount.md'), (t) => t.replace(/ {2}englishEdit:\n.*\n/, ''))).toThrow(
      /field "translation\.englishEdit": outOfDateBecause and englishEdit go together/,
    );
  });

  it('a language the CMS does not store (Dari is prs, never dr)', () => {
    mkdirSync(path.join(copy, 'translations', 'dr'));
    try {
      expect(() => readTranslations(copy, content)).toThrow(/translations\/dr: field "\(folder name\)": "dr" is not a language the CMS stores: use one of ar, prs, ti/);
    } finally {
      rmSync(path.join(copy, 'translations', 'dr'), { recursive: true });
    }
  });
});

describe('the text as the CMS stores it', () => {
  it('keeps the English rows and a group\'s shared fields, with the translated words in them', () => {
    const english = { id: 1, howToGet: [{ id: 'a', step: 'One' }, { id: 'b', step: 'Two' }], amount: { type: 'money', value: 3300, note: 'Note' } };
    const data = localizedData('offer', { title: 'عنوان', howToGet: ['واحد', 'اثنان'], amount: { note: 'ملاحظة' } }, english, (md) => ({ md }));
    expect(data).toEqual({ title: 'عنوان', howToGet: [{ id: 'a', step: 'واحد' }, { id: 'b', step: 'اثنان' }], amount: { type: 'money', value: 3300, note: 'ملاحظة' } });
  });
});
