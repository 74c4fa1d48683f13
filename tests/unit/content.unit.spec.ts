import { describe, expect, it } from 'vitest';
import { councilOffers, parseFrontMatter, readContent } from '@cms/seed/readContent';

describe('content files', () => {
  it('the demo content passes every schema: national entitlements once, and three councils', () => {
    const content = readContent('content');
    expect(content.entitlements.length).toBeGreaterThanOrEqual(20);
    expect(content.councils.map((c) => c.authority.name)).toEqual(['Demo Borough Council', 'Northdale County Council', 'Riverford City Council']);
    for (const council of content.councils) expect(council.authority.isDemo, council.slug).toBe(true);
    const demo = content.councils[0]!;
    expect(demo.offers.length).toBeGreaterThanOrEqual(30);
    // The rights guide is national (issue 20): written once, with each council's local part.
    expect(content.guideChapters.length).toBeGreaterThanOrEqual(3);
    for (const council of content.councils) expect(council.guideLocalParts.length, council.slug).toBeGreaterThanOrEqual(3);
  });

  it('an entitlement on a council\'s site carries that council\'s local details, and only that council\'s', () => {
    const content = readContent('content');
    const page = (council: string) => councilOffers(content, content.councils.find((c) => c.slug === council)!).find((o) => o.slug === 'setting-up-home-allowance')!;
    expect(page('demo-borough')).toMatchObject({ kind: 'national', amount: { value: 3300, nationalMinimum: 3000, nationalBasis: 'recommended' } });
    expect(page('northdale').amount.value).toBe(2800);
    expect(page('riverford').amount.value).toBe(3000);
    expect(page('demo-borough').body).toMatch(/## In Demo Borough Council\n\nAfter our care leavers asked for more/);
    expect(page('riverford').body).not.toMatch(/Demo Borough|Northdale/);
  });

  it('front matter errors name the file', () => {
    expect(() => parseFrontMatter('no front matter here', 'content/entitlements/x.md')).toThrow(
      'content/entitlements/x.md: field "(front matter)"',
    );
  });
});
