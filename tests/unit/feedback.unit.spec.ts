import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_WORK_BITS, feedbackPostSchema, feedbackWorkInput, hasLeadingZeroBits, maskPersonalDetails } from '@content/model/feedback';
import { mentionsCrisis } from '@platform/server/feedback';

describe('feedback text', () => {
  it('masks emails and UK phone numbers, and keeps amounts, dates and short numbers', () => {
    expect(maskPersonalDetails('Email me: sam.o+x@mail.example.co.uk please')).toBe('Email me: [email removed] please');
    expect(maskPersonalDetails('Call 07700 900123 or (020) 7946-0000 or +44 7700 900 123')).toBe('Call [phone removed] or ([phone removed] or [phone removed]');
    expect(maskPersonalDetails('The grant is £3,000 from 1 April 2026, page 12.')).toBe('The grant is £3,000 from 1 April 2026, page 12.');
  });

  it('finds a crisis phrase as whole words, in any case and punctuation, and not inside other words', () => {
    const phrases = ['nowhere to sleep', 'kill myself', 'homeless'];
    expect(mentionsCrisis('I have NOWHERE to sleep, tonight!', phrases)).toBe(true);
    expect(mentionsCrisis('i want to kill   myself', phrases)).toBe(true);
    expect(mentionsCrisis('The homelessness page is good', phrases)).toBe(false);
    expect(mentionsCrisis('The bus pass page is wrong', phrases)).toBe(false);
  });
});

describe('the form post', () => {
  it('reads the form fields, and ignores a collection it does not know', () => {
    const post = feedbackPostSchema.parse({ page: '/offers/x/', helpful: 'yes', text: 'Good', shown: '1700000000000', collection: 'users', website: '' });
    expect(post).toMatchObject({ page: '/offers/x/', helpful: 'yes', text: 'Good', shown: 1_700_000_000_000, collection: undefined, lang: 'en' });
    expect(feedbackPostSchema.safeParse({ page: 'https://elsewhere.example/' }).success).toBe(false);
    // The form without script sends an empty time: no time, not the start of 1970.
    expect(feedbackPostSchema.parse({ page: '/offers/x/', helpful: 'yes', shown: '' }).shown).toBeUndefined();
  });

  it('checks a proof of work as the browser makes it', () => {
    let nonce = 0;
    const digest = (n: number) => createHash('sha256').update(feedbackWorkInput('/offers/x/', 5, String(n))).digest();
    while (!hasLeadingZeroBits(digest(nonce), FEEDBACK_WORK_BITS)) nonce++;
    expect(hasLeadingZeroBits(digest(nonce), FEEDBACK_WORK_BITS)).toBe(true);
    expect(hasLeadingZeroBits(new Uint8Array([0, 0x0f]), 12)).toBe(true);
    expect(hasLeadingZeroBits(new Uint8Array([0, 0x10]), 12)).toBe(false);
  });
});
