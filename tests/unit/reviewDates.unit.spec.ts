/**
 * A page past its next review date says so (issue 22, part 5): `isOverdue` is what the
 * "Last checked" block asks, on the day the site is built.
 */
import { describe, expect, it } from 'vitest';
import { isOverdue } from '@content/model/dates';
import { english } from '@site/i18n';

describe('review dates', () => {
  it('a page is overdue from the day after its next review date, never without one', () => {
    const today = new Date('2026-12-07T09:00:00Z');
    expect(isOverdue('2026-12-06', today)).toBe(true);
    expect(isOverdue('2026-12-06T00:00:00.000Z', today)).toBe(true);
    expect(isOverdue('2026-12-07', today)).toBe(false);
    expect(isOverdue('2027-01-15', today)).toBe(false);
    expect(isOverdue(null, today)).toBe(false);
    expect(isOverdue(undefined, today)).toBe(false);
  });

  it('says so in plain words, with the date', () => {
    expect(english().t('offer.reviewOverdue', { date: '6 December 2026' })).toBe(
      'This page was due to be checked on 6 December 2026, and has not been checked since. Some details may be out of date: check with your Personal Adviser.',
    );
  });
});
