/**
 * The web app manifest: lets a reader add the site to their phone's home screen, where it
 * opens like an app, with shortcuts to urgent help and the checker. Names come from the
 * council in the snapshot and the i18n file.
 */
import type { APIRoute } from 'astro';
import { lang, t } from '@site/i18n';
import { getAuthority, onEverySite, siteOf } from '@site/lib/data';

export const getStaticPaths = onEverySite;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  const authority = await getAuthority(siteKey);
  const manifest = {
    name: t('site.name', { council: authority.name }),
    short_name: t('install.shortName'),
    description: t('install.description', { council: authority.name }),
    lang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    // The header's navy, as in the layout's theme-color meta.
    theme_color: '#12263f',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      { name: t('helpNow.title'), short_name: t('nav.help'), url: '/help-now/' },
      { name: t('checker.title'), url: '/what-can-i-get/' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
