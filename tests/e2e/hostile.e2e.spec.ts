import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { builtPages } from '../helpers/e2e';
import { hostileSiteDir, readHostileManifest, type HostileManifest } from '../helpers/hostileSnapshot';
import { freePort } from '../helpers/ports';
import { useServedSite } from '../helpers/servedSite';
import { budgetFor, PER_ITEM_MS } from '../helpers/testBudget';

/**
 * Issue 8: the site built from a hostile snapshot (every string and URL field of every
 * collection holds an XSS or URL attack vector; `tests/helpers/hostileSnapshot.ts`, built
 * by `tests/helpers/buildTestSite.ts`) runs no script. Every page is loaded in Chromium
 * with the Content Security Policy bypassed, so this proves the escaping itself; every
 * element is hovered and focused (events dispatched in the page, then the real mouse over
 * every link and control of the content, urgent help and footer, and the Tab key through
 * the page), every link that is not http(s) or a path on the site is clicked, and then:
 * - no dialog opened and no sink ran (`window.__xss`, `/xss-hit`, other hosts, navigation);
 * - no `javascript:`, `data:` or `vbscript:` URL in any href, src, action or srcset;
 * - no element has an `on…` attribute (the site writes none: any is from content);
 * - no script, style, frame, object, base or refresh element came from content, and every
 *   JSON-LD block still parses.
 * Search results (Pagefind excerpts of hostile pages) get the same treatment, and two pages
 * are loaded again with the CSP in force, to show they still render.
 * A failure names the page and each vector that ran, with the field it came from.
 */

test.describe.configure({ mode: 'parallel' });

// Each worker serves the site on a free port of its own (HOSTILE_PORT plus the worker's index, if set).
const site = useServedSite(hostileSiteDir, async (testInfo) => (process.env.HOSTILE_PORT ? Number(process.env.HOSTILE_PORT) + testInfo.parallelIndex : freePort()));

let manifest: HostileManifest | undefined;
const vectors = () => (manifest ??= readHostileManifest());
let byId: Map<string, HostileManifest['placements'][number]> | undefined;

/** `hx0042` → `hx0042 [img-onerror-unquoted in offers "hostile-offer-1" summary]`. */
function nameVectors(line: string): string {
  byId ??= new Map(vectors().placements.map((p) => [p.id, p]));
  return line.replace(/\bhx\d{4}\b/g, (id) => {
    const p = byId!.get(id);
    return p ? `${id} [${p.vector} in ${p.where}]` : id;
  });
}

/** Every built page, plus the 404 page (served for any unknown address). */
function allPages(): string[] {
  const pages = builtPages(hostileSiteDir);
  if (existsSync(path.join(hostileSiteDir, '404.html'))) pages.push('/404.html');
  return pages;
}

/** The kinds of page: each must have pages (else the build quietly dropped them). */
const GROUPS: { name: string; match: (page: string) => boolean }[] = [
  { name: 'guide', match: (p) => p.startsWith('/guides/') },
  { name: 'offer', match: (p) => p.startsWith('/offers/') },
  { name: 'spotlight and area', match: (p) => /^\/(spotlights|areas)\//.test(p) },
  { name: 'pledge, indicator and glossary', match: (p) => /^\/(you-said-we-did|how-were-doing|glossary)\//.test(p) },
];
const inNoGroup = (page: string) => !GROUPS.some((g) => g.match(page));

/** What the probes add to the page's window: the reporter Playwright exposes, and the variable a payload that ran would set. */
declare global {
  interface Window {
    __hostileReport?: (kind: string, detail: string) => void;
    __xss?: unknown;
  }
}

// ---------------------------------------------------------------------------------------
// In the browser
// ---------------------------------------------------------------------------------------

/** Runs before any page script, in every frame: records sinks through `__hostileReport`. */
function recordSinks() {
  const report = (kind: string, detail: unknown) => {
    try {
      window.__hostileReport?.(kind, String(detail).slice(0, 300));
    } catch {
      /* the page is going away */
    }
  };
  let xss: unknown;
  try {
    Object.defineProperty(window, '__xss', {
      configurable: true,
      get: () => xss,
      set: (value: unknown) => {
        xss = value;
        report('script ran: window.__xss =', Array.isArray(value) ? value.join(', ') : value);
      },
    });
  } catch {
    /* an opaque frame: its sinks are requests */
  }
  const sink = (name: string) => (...args: unknown[]) => {
    report(`script ran: ${name}()`, args.join(' '));
    return null;
  };
  window.alert = sink('alert');
  window.confirm = () => Boolean(sink('confirm')());
  window.prompt = sink('prompt');
  window.print = sink('print');
  document.addEventListener('securitypolicyviolation', (event) => {
    report('CSP violation', `${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  });
}

/** What is wrong with the DOM as it stands, as one line each. */
function scanDom(): string[] {
  const out: string[] = [];
  const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s);
  const label = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  // What a browser does to a URL before reading its scheme: leading C0 controls and spaces
  // are dropped, tabs and newlines anywhere are removed.
  // eslint-disable-next-line no-control-regex
  const scheme = (value: string) => value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
  const dangerous = (value: string) => /^(javascript|data|vbscript):/.test(scheme(value));
  const URL_ATTRIBUTES = new Set([
    'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'cite',
    'codebase', 'lowsrc', 'dynsrc', 'manifest', 'longdesc', 'usemap', 'to', 'from', 'values', 'by', 'icon',
  ]);
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (/[\s"'<>/=`]/.test(name)) out.push(`${label(el)} has a broken attribute name ${short(name, 80)} (markup from content)`);
      if (name.startsWith('on')) {
        out.push(`${label(el)} has an event handler attribute ${name}="${short(value)}"`);
      } else if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
        if (dangerous(value)) out.push(`${label(el)} ${name}="${short(value)}"`);
      } else if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of value.split(',')) if (dangerous(candidate.trim())) out.push(`${label(el)} ${name} has "${short(candidate.trim())}"`);
      } else if (name === 'srcdoc') {
        out.push(`${label(el)} has srcdoc="${short(value)}"`);
      } else if (name === 'style' && /expression\s*\(|javascript:|hx\d{4}|__xss/i.test(value)) {
        out.push(`${label(el)} style="${short(value)}" (CSS from content)`);
      }
    }
  }
  for (const el of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, portal, marquee, isindex, foreignObject, animate, set')) {
    out.push(`${label(el)} element from content: ${short(el.outerHTML)}`);
  }
  for (const el of document.querySelectorAll('meta[http-equiv]')) {
    const equiv = (el.getAttribute('http-equiv') ?? '').toLowerCase();
    if (equiv === 'refresh' || equiv === 'set-cookie' || /hx\d{4}|javascript:/i.test(el.getAttribute('content') ?? '')) {
      out.push(`<meta http-equiv="${equiv}"> from content: ${short(el.outerHTML)}`);
    }
  }
  for (const el of document.querySelectorAll('link[href]')) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    const href = (el as HTMLLinkElement).href;
    if (/stylesheet|import|preload|prefetch|modulepreload/.test(rel) && !href.startsWith(location.origin)) out.push(`<link rel="${rel}"> to ${short(href)}`);
  }
  for (const el of document.querySelectorAll('script')) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const text = el.textContent ?? '';
    if (type === 'application/ld+json') {
      try {
        JSON.parse(text);
      } catch {
        out.push(`a JSON-LD block no longer parses (broken out of?): ${short(text)}`);
      }
      continue;
    }
    if (/hx\d{4}|__xss/.test(text)) out.push(`<script> from content: ${short(text)}`);
    if (el.getAttribute('src') && !(el as HTMLScriptElement).src.startsWith(location.origin)) out.push(`<script src="${short(el.getAttribute('src')!)}">`);
  }
  for (const el of document.querySelectorAll('style')) {
    if (/hx\d{4}|__xss|expression\s*\(|javascript:/i.test(el.textContent ?? '')) out.push(`<style> from content: ${short(el.textContent ?? '')}`);
  }
  return out;
}

/**
 * Hovers and focuses every element by dispatching the events a pointer and the keyboard
 * would (inline handlers and listeners run on dispatched events), then moves focus through
 * everything focusable. Returns how many elements can take focus.
 */
function hoverAndFocusEverything(): number {
  const all = [...document.querySelectorAll('*')];
  const init = { bubbles: true, cancelable: true, composed: true, view: window };
  for (const el of all) {
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove', 'pointerout', 'pointerleave', 'mouseout', 'mouseleave']) {
      el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
    }
    for (const type of ['focus', 'focusin', 'blur', 'focusout']) el.dispatchEvent(new FocusEvent(type, { bubbles: type.endsWith('in') || type.endsWith('out'), composed: true }));
  }
  const focusable = all.filter((el) =>
    el.matches('a[href], area[href], button, input, select, textarea, summary, details, iframe, [tabindex], [contenteditable]'),
  ) as HTMLElement[];
  for (const el of focusable) {
    el.focus();
    el.blur();
  }
  return focusable.length;
}

/**
 * The links and controls the real mouse goes over: those in the page's content, the urgent
 * help and the footer (the header's are the same fixed words on every page), as centres
 * in page coordinates.
 */
function pointerTargets(): { x: number; y: number }[] {
  const controls = 'a, button, summary, input, select, textarea, label, [tabindex]';
  const points: { x: number; y: number }[] = [];
  for (const el of document.querySelectorAll(`main :is(${controls}), footer :is(${controls}), .need-help :is(${controls})`)) {
    const box = el.getBoundingClientRect();
    if (box.width && box.height) points.push({ x: box.left + window.scrollX + box.width / 2, y: box.top + window.scrollY + box.height / 2 });
  }
  return points;
}

/**
 * Scrolls a marked element into view and returns its centre in the viewport, or `null`
 * when it has no box or something else is on top of it there.
 */
async function centreOf(selector: string): Promise<{ x: number; y: number } | null> {
  const el = document.querySelector(selector);
  if (!el) return null;
  // Instantly: the site's CSS asks for smooth scrolling, which would move the target under the pointer.
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  // Let layout and any scroll still running from an earlier click settle, then measure:
  // otherwise the pointer can land on the link next to this one.
  let last = '';
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const now = JSON.stringify([window.scrollX, window.scrollY, el.getBoundingClientRect().toJSON()]);
    if (now === last) break;
    last = now;
  }
  const box = el.getBoundingClientRect();
  if (!box.width || !box.height) return null;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const top = document.elementFromPoint(x, y);
  return top && (top === el || el.contains(top)) ? { x, y } : null;
}

/** Marks every link that is not http(s) or a path on the site (`mailto:`, `tel:`, anything else) for clicking. */
function linksToClick(): { index: number; href: string }[] {
  const found: { index: number; href: string }[] = [];
  document.querySelectorAll('a[href], area[href]').forEach((el) => {
    const href = el.getAttribute('href') ?? '';
    let protocol = '';
    try {
      protocol = new URL(href, location.href).protocol;
    } catch {
      protocol = 'unparsable:';
    }
    if (protocol === 'http:' || protocol === 'https:') return;
    el.setAttribute('data-hostile-click', String(found.length));
    found.push({ index: found.length, href });
  });
  return found;
}

// ---------------------------------------------------------------------------------------
// In the test
// ---------------------------------------------------------------------------------------

/**
 * A browser context for the hostile site. Pages are probed one at a time in it, so
 * everything it reports (sinks in any frame or window, requests, windows opened) goes to
 * the problems of the page being probed: `problems`.
 */
type Hostile = { context: BrowserContext; problems: string[] };

async function hostileContext(browser: Browser, { bypassCSP }: { bypassCSP: boolean }): Promise<Hostile> {
  const context = await browser.newContext({ bypassCSP, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const hostile: Hostile = { context, problems: [] };
  await context.exposeBinding('__hostileReport', (_source, kind: string, detail: string) => void hostile.problems.push(`${kind} ${detail}`));
  await context.addInitScript(recordSinks);
  // The site loads nothing from elsewhere: any other host, or /xss-hit, is a vector at work.
  await context.route(
    (url) => url.origin !== site.origin || url.pathname.startsWith('/xss-hit'),
    async (route) => {
      const request = route.request();
      hostile.problems.push(`the page requested ${request.url().slice(0, 200)} (${request.resourceType()})`);
      await route.abort();
    },
  );
  return hostile;
}

/** Gives the running test `ms` more time (its budget grows with the work it finds). */
function extendBudget(ms: number) {
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + ms);
}

/**
 * Loads one page and does everything a reader could to it; returns what went wrong.
 * `ready` waits for whatever the page renders after load (search results).
 */
async function probe(hostile: Hostile, target: string, ready?: (page: Page) => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  hostile.problems = problems;
  const page = await hostile.context.newPage();
  const expected = new URL(target, site.origin);
  page.on('dialog', (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: "${dialog.message()}"`);
    void dialog.dismiss().catch(() => {});
  });
  // A link that opens a new tab (mailto: in rich text can) is fine; one that opens a page is not.
  page.on('popup', (popup) => {
    void popup
      .waitForLoadState('domcontentloaded', { timeout: 2000 })
      .catch(() => {})
      .then(async () => {
        const url = popup.url();
        if (url && url !== 'about:blank' && !/^(mailto|tel|sms):/i.test(url)) problems.push(`a window opened: ${url.slice(0, 200)}`);
        await popup.close().catch(() => {});
      });
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const now = new URL(frame.url());
    if (now.origin !== expected.origin || now.pathname !== expected.pathname) problems.push(`the page navigated to ${frame.url().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => {
    if (/hx\d{4}|__xss/.test(`${error.message}${error.stack ?? ''}`)) problems.push(`a script error mentioning a vector: ${error.message.slice(0, 200)}`);
  });

  const response = await page.goto(expected.href, { waitUntil: 'load' });
  const status = response?.status();
  if (status !== 200 && !(target === '/404.html' && status === 404)) problems.push(`status ${status}`);
  await expect(page.locator('h1')).toHaveCount(1);
  if (ready) await ready(page);

  problems.push(...(await page.evaluate(scanDom)));
  const focusable = await page.evaluate(hoverAndFocusEverything);

  // The real mouse over every link and control, a screenful at a time; then the Tab key
  // through the page.
  const points = await page.evaluate(pointerTargets);
  const tabs = Math.min(focusable + 2, 300);
  // The budget follows the work on this page: a mouse move per control, a Tab per stop.
  extendBudget(budgetFor(points.length + tabs, PER_ITEM_MS.check / 5, 0));
  const { width, height } = page.viewportSize()!;
  for (let top = 0; points.some((p) => p.y >= top); top += height - 100) {
    const onScreen = points.filter((p) => p.y >= top && p.y < top + height - 100 && p.x < width);
    if (!onScreen.length) continue;
    const scrolled = await page.evaluate((y) => {
      window.scrollTo({ top: y, behavior: 'instant' });
      return window.scrollY;
    }, top);
    for (const p of onScreen) await page.mouse.move(p.x, p.y - scrolled);
  }
  for (let i = 0; i < tabs; i += 1) await page.keyboard.press('Tab');
  // Where the Tab key left focus, the first click would not follow a link.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());

  // Click every link that is not http(s) or a path on this site.
  const links = await page.evaluate(linksToClick);
  // And a click per link, each of which may reload the page.
  extendBudget(budgetFor(links.length, PER_ITEM_MS.page, 0));
  for (const { index, href } of links) {
    // javascript:, data: and vbscript: links are reported by scanDom; clicked here to see if they run.
    // eslint-disable-next-line no-control-regex
    const scheme = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
    if (!/^(javascript|data|vbscript|mailto|tel|sms):/i.test(scheme)) {
      problems.push(`a link with neither http(s), mailto, tel nor sms: "${href.slice(0, 160)}"`);
    }
    // A real click where the link can be reached; else the link's own click().
    const selector = `[data-hostile-click="${index}"]`;
    try {
      const centre = await page.evaluate(centreOf, selector);
      // With the pointer there, the link must still be what is under it (hover can restyle
      // a page); if not, its own click(), never a click on whatever moved under the pointer.
      if (centre) await page.mouse.move(centre.x, centre.y);
      const stillThere =
        centre &&
        (await page.evaluate(
          ([s, x, y]) => {
            const el = document.querySelector(s as string);
            const top = document.elementFromPoint(x as number, y as number);
            return Boolean(el && top && (top === el || el.contains(top)));
          },
          [selector, centre.x, centre.y] as const,
        ));
      if (centre && stillThere) await page.mouse.click(centre.x, centre.y);
      else await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.click(), selector);
      // A javascript: URL runs in a later task, and the next click would cancel it: let it run.
      if (/^(javascript|vbscript|data):/i.test(scheme)) {
        await page.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 50), 0)));
        await page.waitForTimeout(150);
      }
    } catch (error) {
      // The click started a navigation (a mailto: or tel: hand-off can): `framenavigated`
      // above records it if it left the page; carry on from a fresh copy of the page.
      if (!/Execution context was destroyed|navigat/i.test(String(error))) throw error;
    }
    await page.waitForLoadState('load').catch(() => {});
    const stillHere =
      new URL(page.url()).pathname === expected.pathname &&
      (await page.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false));
    if (!stillHere) {
      await page.goto(expected.href, { waitUntil: 'load' });
      await page.evaluate(linksToClick); // mark the links again, with the same numbers
    }
  }

  await page.waitForTimeout(150);
  const xss = await page.evaluate(() => window.__xss).catch(() => undefined);
  if (xss !== undefined && !problems.some((line) => line.startsWith('script ran: window.__xss'))) problems.push(`window.__xss is ${JSON.stringify(xss)}`);
  await page.close();
  return [...new Set(problems)];
}

/** Probes one page in a context of its own; what went wrong, each line naming the page and its vectors. */
async function probeOne(browser: Browser, target: string, options: { bypassCSP: boolean }, ready?: (page: Page) => Promise<void>) {
  const hostile = await hostileContext(browser, options);
  try {
    return (await probe(hostile, target, ready)).map((line) => `${target}: ${nameVectors(line)}`);
  } finally {
    await hostile.context.close();
  }
}

// ---------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------

test('the hostile site was built from at least 1,000 vectors, and they reached its pages', () => {
  const m = vectors();
  expect(m.placed, 'vectors placed in the hostile snapshot').toBeGreaterThanOrEqual(1000);
  // The vectors are in the pages (escaped): the build did not quietly drop the documents.
  const html = [...builtPages(hostileSiteDir).map((page) => path.join(page, 'index.html')), '404.html'].map((file) =>
    readFileSync(path.join(hostileSiteDir, file), 'utf8'),
  );
  const seen = new Set(html.join('\n').match(/\bhx\d{4}\b/g) ?? []);
  const inPassing = m.placements.filter((p) => !m.refusedDocuments.some((r) => p.where.startsWith(`${r.collection} "${r.slug}"`)));
  const shown = inPassing.filter((p) => seen.has(p.id));
  console.log(`Hostile site: ${m.placed} vectors placed, ${shown.length} of the ${inPassing.length} in documents that pass the schema appear on ${html.length} pages.`);
  expect(shown.length / inPassing.length, 'share of the vectors that reach a page').toBeGreaterThan(0.6);
});

test('documents whose URLs the schema refuses are left out of the site', () => {
  const { refusedDocuments, refusedIncluded } = vectors();
  if (refusedIncluded) expect(refusedDocuments.length, 'documents built to be refused').toBeGreaterThan(0);
  const built = refusedDocuments.filter((r) => existsSync(path.join(hostileSiteDir, r.path, 'index.html')));
  expect(built.map((r) => r.path)).toEqual([]);
  const sitemap = readFileSync(path.join(hostileSiteDir, 'sitemap.xml'), 'utf8');
  expect(refusedDocuments.filter((r) => sitemap.includes(`/${r.slug}/`)).map((r) => r.path)).toEqual([]);
});

test('every kind of page of the hostile site is there to probe', () => {
  for (const group of [...GROUPS, { name: 'other', match: inNoGroup }]) {
    expect(allPages().filter(group.match).length, `${group.name} pages`).toBeGreaterThan(0);
  }
});

// One test per page, generated from the built hostile site: each page's probe has its own
// budget, which grows with what the probe does on that page (see `probe`).
for (const target of allPages()) {
  test(`no content runs a script on ${target} (CSP bypassed)`, async ({ browser }) => {
    const problems = await probeOne(browser, target, { bypassCSP: true });
    expect(problems, `page: ${target}`).toEqual([]);
  });
}

// One test per search: each loads every batch of its results and probes them all.
for (const query of ['script', 'xss', 'Hterm1']) {
  test(`search results for "${query}" built from hostile pages run no script (CSP bypassed)`, async ({ browser }) => {
    const problems = await probeOne(browser, `/search/?q=${encodeURIComponent(query)}`, { bypassCSP: true }, async (page) => {
      await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 10_000 });
      // Every result, not just the first batch.
      const more = page.locator('[data-search-more]');
      for (let i = 0; i < 10 && (await more.isVisible()); i += 1) {
        await more.click({ timeout: 2000 }).catch(() => {});
        await page.waitForTimeout(100);
      }
    });
    expect(problems).toEqual([]);
  });
}

// One test per page.
for (const target of ['/', '/offers/hostile-offer-1/']) {
  test(`with its Content Security Policy, the hostile site still renders and runs no content on ${target}`, async ({ browser }) => {
    const hostile = await hostileContext(browser, { bypassCSP: false });
    const violations: string[] = [];
    const problems: string[] = [];
    try {
      for (const line of await probe(hostile, target)) {
        // The site's own CSP violations are reported, not failed on here; content's are failures.
        if (line.startsWith('CSP violation') && !/hx\d{4}|__xss/.test(line)) violations.push(`${target}: ${line}`);
        else problems.push(`${target}: ${nameVectors(line)}`);
      }
      const page = await hostile.context.newPage();
      await page.goto(site.at(target));
      await expect(page.locator('h1')).toBeVisible();
      expect((await page.locator('main').innerText()).length, `${target} has its content`).toBeGreaterThan(200);
      await expect(page.locator('footer')).toBeVisible();
      await page.close();
    } finally {
      await hostile.context.close();
    }
    if (violations.length) test.info().annotations.push({ type: 'CSP violations (site code)', description: violations.join('\n') });
    expect(problems).toEqual([]);
  });
}
