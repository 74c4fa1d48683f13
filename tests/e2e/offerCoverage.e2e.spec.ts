import { expect, test } from '@playwright/test';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { offerCoverage } from '@content/model/offerCoverage';
import { expectNoAxeViolations } from '@tests/helpers/axe';

/**
 * "Is our offer complete?" on a council's About page (issue 22, part 6), in plain words, as a
 * reader sees it: each area the law names with what the council publishes in it, the help the
 * guidance names with links to its pages, and what is not confirmed saying so. Compared with
 * the summary made from the content files (the test build adds offers to Demo Borough only, so
 * Northdale and Riverford are read as their files give them).
 */
const content = readContent('content');
const platform = usePlatformServer();

for (const slug of ['northdale', 'riverford']) {
  test(`${slug}'s About page says what its offer covers and what it lacks, checked against the content files`, async ({ page }) => {
    const council = content.councils.find((c) => c.slug === slug)!;
    const pages = councilOffers(content, council).filter((o) => !o.draft);
    const summary = offerCoverage(pages, council.authority);
    await page.goto(platform.page(slug, '/about/'));
    const section = page.getByRole('region', { name: 'Is our offer complete?' });
    await expect(section).toBeVisible();
    for (const area of summary.areas) {
      const line = section.locator(`[data-area="${area.area}"]`);
      await expect(line, area.area).toHaveAttribute('data-status', area.status);
      if (area.status === 'national-only') await expect(line).toContainText(`only the national entitlements (${area.national.length}). ${council.authority.name} does not publish help of its own here yet.`);
      if (area.status === 'local') await expect(line).toContainText(`${area.local.length} ${area.local.length === 1 ? 'offer' : 'offers'} of our own`);
      if (!area.confirmed) await expect(line).toContainText('the date it starts is not confirmed yet');
    }
    for (const item of summary.items) {
      const line = section.locator(`[data-item="${item.key}"]`);
      await expect(line.getByRole('link'), item.key).toHaveCount(item.pages.length);
      for (const p of item.pages) await expect(line.getByRole('link', { name: p.title, exact: true })).toHaveAttribute('href', new RegExp(`/offers/${p.slug}/$`));
    }
    await expect(section.locator('[data-gap="no-contact"]')).toContainText(`${summary.noContact.length} of our ${pages.length} offer pages`);
    await expectNoAxeViolations(page);
  });
}

test('Northdale has nothing of its own in education and training; Riverford nothing for somewhere to live', async ({ page }) => {
  await page.goto(platform.page('northdale', '/about/'));
  await expect(page.locator('[data-area="education-and-training"]')).toContainText('Education and training: only the national entitlements');
  await page.goto(platform.page('riverford', '/about/'));
  await expect(page.locator('[data-area="accommodation"]')).toContainText('Somewhere to live: only the national entitlements');
});
