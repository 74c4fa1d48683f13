/**
 * The practice library's public address (platform/build/councilSites.ts, `librarySite`): the one set
 * in `LIBRARY_SITE_URL`; without it, the demo's only on a platform of demo councils, never a
 * made-up address on a real council's platform.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_LIBRARY_URL, librarySite } from '@platform/build/councilSites';

const env = (vars: Record<string, string> = {}) => vars as NodeJS.ProcessEnv;

describe('the practice library’s address', () => {
  it('is LIBRARY_SITE_URL when set', () => {
    expect(librarySite([{ isDemo: false }], env({ LIBRARY_SITE_URL: 'https://library.example.gov.uk/' })).siteUrl).toBe('https://library.example.gov.uk/');
  });
  it('is the demo’s only while every council is a demo council, and otherwise none', () => {
    expect(librarySite([{ isDemo: true }, { isDemo: true }], env()).siteUrl).toBe(DEMO_LIBRARY_URL);
    expect(librarySite([{ isDemo: true }, { isDemo: false }], env()).siteUrl).toBeNull();
    expect(librarySite([], env()).siteUrl).toBeNull();
  });
});
