/**
 * The web app manifest: lets a reader add the site to their phone's home screen, where it
 * opens like an app, with shortcuts to urgent help and the checker. Names come from the
 * council in the snapshot and the i18n file.
 */
import type { APIRoute } from 'astro';
import { i18nOf } from '@site/i18n';
import { getAuthority, isLibrary, onEverySiteAndLibrary, siteOf } from '@site/lib/data';
import { routesOfSite } from '@site/lib/siteBase';

export const getStaticPaths = onEverySiteAndLibrary;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  // The library's site has no council, no urgent-help page and no checker of its own.
  const authority = isLibrary(siteKey) ? null : await getAuthority(siteKey);
  // Every URL from the site's routes: under its path when it has one (`/riverford/`).
  const routes = routesOfSite(siteKey);
  // In the site's language (a language's site has its own at `/ar/manifest.webmanifest`).
  const { t, lang, dir } = i18nOf(context);
  const manifest = {
    name: authority ? t('site.name', { council: authority.name }) : t('library.name'),
    short_name: authority ? t('install.shortName') : t('library.name'),
    description: authority ? t('install.description', { council: authority.name }) : t('library.description'),
    lang,
    dir,
    start_url: routes.href('home'),
    scope: routes.base,
    display: 'standalone',
    background_color: '#ffffff',
    // The header's navy, as in the layout's theme-color meta.
    theme_color: '#12263f',
    icons: [
      { src: routes.href('icon', { name: 'icon-192.png' }), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: routes.href('icon', { name: 'icon-512.png' }), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: routes.href('icon', { name: 'icon-512.png' }), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: routes.href('favicon'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: authority
      ? [
          { name: t('helpNow.title'), short_name: t('nav.help'), url: routes.href('helpNow') },
          { name: t('checker.title'), url: routes.href('checker') },
        ]
      : [],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
