/**
 * The route table (issue 19, part 3): every page and file of a site by name, under the site's
 * base path, with the slot for a language segment that produces nothing for English today.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { route, routesFor, type RouteName, type RouteParams } from '@site/lib/routes';

describe('the route table', () => {
  it('makes a route’s path within a site from its parameters', () => {
    expect(route('home')).toBe('/');
    expect(route('offer', { slug: 'setting-up-home' })).toBe('/offers/setting-up-home/');
    expect(route('guideChapter', { slug: 'money', chapter: 'grants' })).toBe('/guides/money/grants/');
    expect(route('spotlightFacet', { by: 'themes', value: 'housing' })).toBe('/spotlights/themes/housing/');
    expect(route('openDataFile', { file: 'offers.csv' })).toBe('/open-data/offers.csv');
    expect(route('manifest')).toBe('/manifest.webmanifest');
    expect(route('serviceWorker')).toBe('/sw.js');
  });

  it('puts a site at the root of its own domain at /', () => {
    const routes = routesFor({ base: '/' });
    expect(routes.base).toBe('/');
    expect(routes.href('home')).toBe('/');
    expect(routes.href('search')).toBe('/search/');
    expect(routes.href('offer', { slug: 'x' })).toBe('/offers/x/');
  });

  it('puts a site under a shared address under its path', () => {
    for (const base of ['/riverford/', '/riverford', 'riverford/']) {
      const routes = routesFor({ base });
      expect(routes.base).toBe('/riverford/');
      expect(routes.href('home')).toBe('/riverford/');
      expect(routes.href('offer', { slug: 'x' })).toBe('/riverford/offers/x/');
      expect(routes.href('icon', { name: 'icon-192.png' })).toBe('/riverford/icons/icon-192.png');
      // What goes after the public address, which has the path already.
      expect(routes.local('offer', { slug: 'x' })).toBe('/offers/x/');
    }
  });

  it('has a place for a language segment, empty for English today', () => {
    expect(routesFor({ base: '/riverford/', lang: undefined }).href('search')).toBe('/riverford/search/');
    expect(routesFor({ base: '/riverford/', lang: 'cy' }).href('search')).toBe('/riverford/cy/search/');
    expect(routesFor({ base: '/', lang: 'cy' }).href('home')).toBe('/cy/');
    expect(routesFor({ base: '/', lang: 'cy' }).local('offer', { slug: 'x' })).toBe('/cy/offers/x/');
  });

  it('is refused by the compiler for an unknown route or a missing parameter', () => {
    // Checked by `tsc`: the names are the table's, and a route's parameters are required.
    expectTypeOf<'nope' extends RouteName ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<'offer' extends RouteName ? true : false>().toEqualTypeOf<true>();
    expectTypeOf<[] extends RouteParams<'offer'> ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<[{ slug: string }] extends RouteParams<'guideChapter'> ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<[] extends RouteParams<'home'> ? true : false>().toEqualTypeOf<true>();
    expectTypeOf(routesFor({ base: '/' }).href<'offer'>).parameters.toEqualTypeOf<['offer', { slug: string }]>();
  });
});
