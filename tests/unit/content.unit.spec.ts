import { describe, expect, it } from 'vitest';
import { parseFrontMatter, readContent } from '@cms/seed/readContent';

describe('content files', () => {
  it('the demo content passes every schema', () => {
    const content = readContent('content');
    expect(content.authority.isDemo).toBe(true);
    expect(content.offers.length).toBeGreaterThanOrEqual(10);
    expect(content.guides[0]!.chapters.length).toBeGreaterThanOrEqual(3);
  });

  it('front matter errors name the file', () => {
    expect(() => parseFrontMatter('no front matter here', 'content/offers/x.md')).toThrow(
      'content/offers/x.md: field "(front matter)"',
    );
  });
});
