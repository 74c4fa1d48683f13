/**
 * Counts are worded through ICU plurals (issue 20, part 8): "1 council has published", never
 * "1 councils have published". Every message that takes a `count` is said with 1 and with 3,
 * and the one must not read as many.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();
const { t } = i18n;

type Tree = { [key: string]: string | Tree };
const tree = JSON.parse(readFileSync(new URL('../../site/i18n/en.json', import.meta.url), 'utf8')) as Tree;

function messages(node: Tree, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : messages(value, `${prefix}${key}.`),
  );
}

/** The other arguments a message takes, each given a plain value of the kind it formats. */
function valuesFor(message: string, count: number): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = { count };
  for (const [, name, kind] of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
    if (!name || name === 'count' || name in values) continue;
    values[name] = kind === 'date' || kind === 'time' ? new Date(Date.UTC(2026, 11, 7)) : kind === 'number' || kind === 'plural' ? 3 : 'X';
  }
  return values;
}

describe('counts', () => {
  const counted = messages(tree).filter(([, message]) => /\{\s*count\b/.test(message));

  it('every message with a count says one thing as one: no "1 councils", "1 spotlights"', () => {
    expect(counted.length).toBeGreaterThan(10);
    const wrong = counted
      .map(([key, message]) => [key, t(key, valuesFor(message, 1))] as const)
      .filter(([, text]) => /(^|[^\d,.])1 (councils|spotlights|offers|results|young people|people|chapters|items|figures|entries|have)\b/.test(text));
    expect(wrong).toEqual([]);
  });

  it('the library and comparison counts read right for one and for many', () => {
    expect(t('compare.itemLead', { count: 1, total: 3 })).toMatch(/^1 of 3 councils has published information on this\./);
    expect(t('compare.itemLead', { count: 2, total: 3 })).toMatch(/^2 of 3 councils have published information on this\./);
    expect(t('compare.lead', { count: 1 })).toMatch(/^What 1 council gives/);
    expect(t('compare.rangeSame', { amount: '£900', count: 1 })).toBe('Across councils: £900 (1 council).');
    expect(t('library.spotlightsLead', { count: 1 })).toMatch(/^1 spotlight:/);
    expect(t('library.spotlightsLead', { count: 15 })).toMatch(/^15 spotlights:/);
    expect(t('spotlights.outcomesPage.lead', { count: 1 })).toMatch(/of 1 spotlight,/);
  });
});
