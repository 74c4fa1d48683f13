/**
 * The one local-details rule (content/model/localDetails.ts): what a council's local details
 * change on its page of a national entitlement, and what they never change. The export and the
 * content checks both run it; tests/int/db/localDetails.int.spec.ts checks they agree on the demo content.
 */
import { describe, expect, it } from 'vitest';
import { applyLocalDetail, appendMarkdownNote } from '@content/model/contentFiles';
import { applyLocalDetails } from '@content/model/localDetails';
import { readContent } from '@cms/seed/readContent';

const entitlement = {
  summary: 'Money to set up your first home.',
  amount: { type: 'money' as const, value: 3000, period: 'once' as const, note: 'National guidance recommends £3,000.', nationalMinimum: 3000, nationalBasis: 'recommended' as const },
  howToGet: ['Ask your PA.'],
  whoToAsk: 'Your Personal Adviser.',
  ifRefused: 'Complain to the council.',
  eligibility: { notes: null },
  body: 'National words.',
};
const rule = (local: Parameters<typeof applyLocalDetails>[1]) => applyLocalDetails(entitlement, local, { council: 'Northdale County Council', appendNote: appendMarkdownNote });

describe('a council’s local details on a national entitlement', () => {
  it('replaces what the council set, and leaves blank fields national', () => {
    const page = rule({ summary: 'Northdale pays £2,800.', whoToAsk: '  ', howToGet: [], eligibilityNotes: 'Ask us about a top-up.' });
    expect(page).toMatchObject({ kind: 'national', summary: 'Northdale pays £2,800.', whoToAsk: 'Your Personal Adviser.', howToGet: ['Ask your PA.'], eligibility: { notes: 'Ask us about a top-up.' } });
    expect(rule(null)).toMatchObject({ ...entitlement, kind: 'national', localNote: null });
  });

  it('gives a local amount, but never changes the national figure it is compared with', () => {
    const page = rule({ amount: { type: 'money', value: 2800, period: 'once' } });
    expect(page.amount).toEqual({ type: 'money', value: 2800, period: 'once', note: 'National guidance recommends £3,000.', nationalMinimum: 3000, nationalBasis: 'recommended' });
    expect(rule({ amount: { type: 'money', value: 2800, note: 'Paid in two parts.' } }).amount).toMatchObject({ value: 2800, period: null, note: 'Paid in two parts.', nationalMinimum: 3000 });
    // An amount group left without a type is no local amount.
    expect(rule({ amount: { type: null, value: 1 } }).amount).toBe(entitlement.amount);
  });

  it('puts the council’s note at the end of the page under "In <council>"', () => {
    const page = rule({ note: ' Call us first. ' });
    expect(page.localNote).toBe('Call us first.');
    expect(page.body).toBe('National words.\n\n## In Northdale County Council\n\nCall us first.');
  });

  it('is the rule the content files run, leaving out a draft detail', () => {
    const content = readContent('content');
    const file = content.entitlements.find((e) => e.slug === 'setting-up-home-allowance')!;
    const detail = { entitlement: file.slug, summary: 'Northdale pays £2,800.', note: 'Call us first.', draft: false };
    const fromFiles = applyLocalDetail(file, detail, 'Northdale County Council');
    expect(fromFiles.summary).toBe('Northdale pays £2,800.');
    expect(fromFiles.body).toBe(appendMarkdownNote(file.body, 'In Northdale County Council', 'Call us first.'));
    expect(applyLocalDetail(file, { ...detail, draft: true }, 'Northdale County Council')).toMatchObject({ summary: file.summary, body: file.body, localNote: null });
  });
});
