/**
 * Every collection comes from the one CMS snapshot (see `@site/loaders/payloadSnapshot`).
 * Pages read them with `getCollection`, through the helpers in `@site/lib/data`.
 */
import { defineCollection } from 'astro:content';
import { payloadSnapshot } from '@site/loaders/payloadSnapshot';

export const collections = {
  authority: defineCollection({ loader: payloadSnapshot('authority') }),
  areas: defineCollection({ loader: payloadSnapshot('areas') }),
  offers: defineCollection({ loader: payloadSnapshot('offers') }),
  guides: defineCollection({ loader: payloadSnapshot('guides') }),
  spotlights: defineCollection({ loader: payloadSnapshot('spotlights') }),
  glossary: defineCollection({ loader: payloadSnapshot('glossary') }),
  pledges: defineCollection({ loader: payloadSnapshot('pledges') }),
  indicators: defineCollection({ loader: payloadSnapshot('indicators') }),
  searchWords: defineCollection({ loader: payloadSnapshot('searchWords') }),
  changes: defineCollection({ loader: payloadSnapshot('changes') }),
};
