/**
 * Debian's Chromium, as the browser tests and the Lighthouse bench launch it. Playwright
 * cannot download its own browser on these machines. Without the background-networking
 * flags Chromium keeps trying to reach Google's hosts, which this network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
