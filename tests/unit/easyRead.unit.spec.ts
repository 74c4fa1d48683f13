/**
 * Easy Read (issue 21, part 6): the pictures come from the icon package with their alt text,
 * an Easy Read page is shown only where the council offers Easy Read and the offer has one,
 * and the demo's Easy Read keeps to the English page's facts in short sentences, honest that
 * nobody who uses Easy Read has checked it yet.
 */
import { describe, expect, it } from 'vitest';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { EASY_READ_PICTURES, EASY_READ_PICTURE_NAMES, type EasyRead } from '@content/model/easyRead';
import { easyReadOf, pictureOf } from '@site/lib/easyRead';

const content = readContent('content');
const demo = content.councils.find((c) => c.slug === 'demo-borough')!;
const demoPages = councilOffers(content, demo);
const withEasyRead = demoPages.filter((o): o is typeof o & { easyRead: EasyRead } => Boolean(o.easyRead));
const pageText = (o: (typeof demoPages)[number]) =>
  [o.title, o.summary, o.eligibility.notes, o.amount.note, ...o.howToGet, o.whoToAsk, o.ifRefused, o.legalBasis, o.body, o.localNote].filter(Boolean).join('\n');

describe('Easy Read pictures', () => {
  it('draws every picture from @tabler/icons with its alt text', () => {
    for (const name of EASY_READ_PICTURE_NAMES) {
      const picture = pictureOf(name);
      expect(picture.alt).toBe(EASY_READ_PICTURES[name]);
      expect(picture.paths.length, name).toBeGreaterThan(0);
      for (const d of picture.paths) expect(d).toMatch(/^M/);
    }
  });
});

describe('which offers have an Easy Read page', () => {
  const easyRead: EasyRead = { sentences: [], checkedBy: null, basedOn: '2026-12-07' };
  it('shows an offer’s Easy Read only on the site of a council that offers Easy Read', () => {
    expect(easyReadOf({ easyRead }, { easyRead: true }, 'en')).toBe(easyRead);
    expect(easyReadOf({ easyRead }, { easyRead: false }, 'en')).toBeNull();
    expect(easyReadOf({ easyRead }, null, 'en')).toBeNull();
  });
  it('never gives anything for an offer with no Easy Read of its own', () => {
    expect(easyReadOf({ easyRead: null }, { easyRead: true }, 'en')).toBeNull();
  });
  it('is English only: a language’s site (demo-borough/ar) neither builds nor links to Easy Read', () => {
    for (const lang of ['ar', 'prs', 'ti']) expect(easyReadOf({ easyRead }, { easyRead: true }, lang), lang).toBeNull();
  });
});

describe('the demo’s Easy Read', () => {
  it('covers 10 of Demo Borough’s offer pages, none of them presented as checked', () => {
    expect(withEasyRead.map((o) => o.slug).sort()).toHaveLength(10);
    for (const o of withEasyRead) expect(o.easyRead.checkedBy, o.slug).toBeNull();
  });

  it('was written from the page as it is now (based on a date on or after its last review)', () => {
    for (const o of withEasyRead) expect(o.easyRead.basedOn >= o.lastReviewed.slice(0, 10), o.slug).toBe(true);
  });

  it('keeps to short sentences: 3 to 14 words each, most of them 12 or fewer', () => {
    for (const o of withEasyRead) {
      const counts = o.easyRead.sentences.map((s) => s.text.split(/\s+/).length);
      for (const [i, n] of counts.entries()) expect(n, `${o.slug} sentence ${i + 1}`).toBeGreaterThanOrEqual(3);
      for (const [i, n] of counts.entries()) expect(n, `${o.slug} sentence ${i + 1}`).toBeLessThanOrEqual(14);
      expect(counts.filter((n) => n > 12).length, o.slug).toBeLessThanOrEqual(1);
    }
  });

  it('states no number, amount, date or phone number that Demo Borough’s English page does not', () => {
    for (const o of withEasyRead) {
      const english = pageText(o);
      for (const s of o.easyRead.sentences) {
        for (const figure of s.text.match(/£?\d+(?:,\d{3})*/g) ?? []) {
          expect(english, `${o.slug}: "${figure}" in "${s.text}"`).toMatch(new RegExp(`(^|[^\\d,])${figure.replace(/[£,]/g, (c) => `\\${c}`)}(?![\\d,]\\d)`));
        }
      }
    }
  });

  it('says nothing local in a national entitlement’s Easy Read (it is shown on every council’s site)', () => {
    for (const e of content.entitlements.filter((e) => e.easyRead)) {
      for (const s of e.easyRead!.sentences) {
        expect(s.text, e.file).not.toMatch(/Demo|Northdale|Riverford|\d{3} \d{4} \d{4}|\bwe\b/i);
      }
    }
  });
});
