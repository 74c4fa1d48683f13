import { expect, test } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';

/**
 * A spotlight's facts about the project sit apart from its outcomes (issue 20, part 8): two
 * tables under their own headings, and only outcomes go side by side with other spotlights'.
 * Every spotlight says how to reach the team: the organisation's web page, email or phone.
 * Compared with the content files, not hard-coded.
 */
const spotlights = readContent('content').spotlights.filter((s) => !s.draft);

test('Sutton’s KickStart Futures: bedrooms and homes under "About the project", what changed under "Outcomes"', async ({ page }) => {
  await page.goto('/spotlights/sutton-kickstart-futures/');
  const facts = page.getByRole('table', { name: 'About the project' });
  const outcomes = page.getByRole('table', { name: 'Outcomes: what changed' });
  await expect(facts.getByRole('rowheader', { name: 'Bedrooms in the first property' })).toBeVisible();
  await expect(facts.getByRole('row', { name: /Bedrooms in the first property/ })).toContainText('4 bedrooms');
  await expect(outcomes.getByRole('rowheader', { name: 'Young people who said they feel safe' })).toBeVisible();
  await expect(outcomes).not.toContainText('Bedrooms');
  await expect(facts).not.toContainText('feel safe');

  // Only outcomes are put side by side with other spotlights'.
  await page.goto('/spotlights/outcomes/');
  await expect(page.getByRole('main')).toContainText('Young people who said they feel safe');
  await expect(page.getByRole('main')).not.toContainText('Bedrooms in the first property');
});

test('every spotlight has a way to reach the organisation, as a link', async ({ page }) => {
  test.setTimeout(60_000 + spotlights.length * 5_000);
  for (const spotlight of spotlights) {
    await page.goto(`/spotlights/${spotlight.slug}/`);
    const contact = page.locator('dt', { hasText: /^Contact$/ }).locator('xpath=following-sibling::dd[1]');
    await expect(contact, spotlight.slug).toContainText(spotlight.contactRole);
    if (spotlight.contact?.website) {
      await expect(contact.getByRole('link'), spotlight.slug).toHaveAttribute('href', spotlight.contact.website);
    }
    if (spotlight.contact?.email) await expect(contact.getByRole('link', { name: spotlight.contact.email })).toHaveAttribute('href', `mailto:${spotlight.contact.email}`);
    expect(await contact.getByRole('link').count(), `${spotlight.slug}: a link to reach the team`).toBeGreaterThan(0);
  }
});
