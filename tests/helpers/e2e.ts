import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages as pagesOf } from '../../bench/sites';
import { TRANSLATION_LOCALE_IDS } from '../../content/model/locales';
import { sharedPort } from './ports';

/** Where `tests/helpers/buildTestSite.ts` puts the throwaway database and the built site. */
export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.e2e');
export const e2eSiteDir = path.join(e2eDir, 'site');
/**
 * The port the test site is served on for a Playwright run (\`E2E_PORT\`, or a free one chosen
 * when the config loads and shared with the workers through the environment).
 */
export const e2ePort = () => sharedPort('E2E_PORT');

/** Documents the test build adds on top of the demo content. */
export const E2E_FIXTURES = {
  searchable: { title: 'Starter grant for a first bicycle', slug: 'starter-grant-bicycle', bodyWord: 'velocipede' },
  draft: { title: 'Unpublished moon-base allowance', slug: 'unpublished-moon-base-allowance' },
  /**
   * Money offers with the issue 9 statuses, in the money area (`financial-support`), so the
   * tests do not depend on how the demo content marks its own offers.
   */
  announced: { title: 'Zephyr grant for testing', slug: 'zephyr-test-grant', amount: '£500, paid once', national: 'National figure: £400, the legal minimum' },
  inAreaOnly: { title: 'Quokka pass for testing', slug: 'quokka-test-pass', amount: '£20 a month' },
  askPa: { title: 'Wombat top-up for testing', slug: 'wombat-test-top-up', amount: '£100, paid in instalments' },
  ended: { title: 'Narwhal voucher for testing', slug: 'narwhal-test-voucher' },
  /**
   * Issue 22, part 4: an offer whose amount went up, published with a "what changed" line
   * through the CMS's hook (refused first without one), then a typo fix, which adds nothing.
   */
  changed: {
    title: 'Platypus grant for testing',
    slug: 'platypus-test-grant',
    before: 200,
    after: 250,
    line: 'The Platypus grant is now £250, up from £200.',
    typoFixed: 'A test offer that the browser tests look for, with a typo fixed.',
  },
  /**
   * Issue 22, part 4: a council's own guide whose second chapter changed who it is for,
   * published with a "what changed" line (refused first without one).
   */
  guideChange: {
    title: 'Lemur money guide for testing',
    slug: 'lemur-money-guide',
    chapters: ['Lemur budgeting', 'Lemur debt help'],
    changedSlug: 'lemur-debt-help',
    line: 'Lemur debt help now also answers students.',
  },
  /**
   * Issue 22, part 5: an offer whose next review day passed long before the build (the page says
   * it is overdue), and one whose next review is far ahead (the page says nothing of the kind).
   */
  overdue: { title: 'Ocelot grant for testing', slug: 'ocelot-test-grant', lastReviewed: '2025-06-01', nextReview: '2026-01-15' },
  reviewed: { title: 'Pangolin grant for testing', slug: 'pangolin-test-grant', lastReviewed: '2026-11-01', nextReview: '2099-06-30' },
} as const;

/**
 * The published offers the test build adds to Demo Borough besides its content files (every
 * fixture above but the draft and the guide): the tests that list a council's offers (its
 * pages, its Open Referral services) expect exactly these on top. One list, so a fixture added
 * to the build is added here once.
 */
export const E2E_DEMO_EXTRA_OFFERS: readonly { title: string; slug: string }[] = [
  E2E_FIXTURES.searchable,
  E2E_FIXTURES.announced,
  E2E_FIXTURES.inAreaOnly,
  E2E_FIXTURES.askPa,
  E2E_FIXTURES.ended,
  E2E_FIXTURES.changed,
  E2E_FIXTURES.overdue,
  E2E_FIXTURES.reviewed,
];

/** A draft the test build adds to every council (slug and title get the council's short name): on no site. */
export const E2E_COUNCIL_DRAFT = { title: 'Unpublished council draft', slug: 'unpublished-council-draft', amount: 987 } as const;

/** Every demo council's built site: `.e2e/sites/<council>/`, with `sites.json` and the index of councils. */
export const e2eSitesDir = path.join(e2eDir, 'sites');

/** The public address the test site is built with: the council's, set in the CMS (never localhost). */
export const E2E_PUBLIC_URL = 'https://local-offer.demo-borough.example';

/** Every page of the built test site, as URL paths (`/offers/x/`) (`builtPages` in bench/sites.ts). */
export function builtPages(root = e2eSiteDir): string[] {
  return pagesOf(root);
}

/** A page of a language of a council's site (`/ar/…`, `/prs/…`, `/ti/…`), not of its English one. */
export const isLanguagePage = (url: string): boolean => TRANSLATION_LOCALE_IDS.some((id) => url.startsWith(`/${id}/`));
/** The English pages of the built test site (each language's are checked by `tests/a11y/languagePages.a11y.spec.ts`). */
export const englishPages = (root = e2eSiteDir): string[] => builtPages(root).filter((url) => !isLanguagePage(url));
/** The pages of the test site's languages (Demo Borough's Arabic, Dari and Tigrinya). */
export const languagePages = (root = e2eSiteDir): string[] => builtPages(root).filter(isLanguagePage);
