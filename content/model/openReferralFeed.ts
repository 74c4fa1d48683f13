/**
 * A council's Open Referral feed (`open-data/openreferral/feed.json`) as a hand-off: the site
 * build writes it (`site/pages/[...council]/open-data/openreferral/[file].json.ts`), the
 * platform's server reads it once per build to answer the API. The server reads it only
 * through `openReferralFeedSchema`, so a feed that is not one fails naming the file and the
 * field (`…/feed.json: field "services.3.id": …`) rather than answering with holes.
 *
 * The schema checks what the server indexes and pages by (ids, names, the lists); a
 * service's and an organisation's other fields pass as they are (their shape is
 * `./openReferral`'s, HSDS 3.0's UK profile).
 */
import { z } from 'zod';
import { parseHandOff, readHandOff } from './handOff';
import type { OpenReferralFeed } from './openReferral';

const term = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  taxonomy: z.string(),
  taxonomy_id: z.string(),
  code: z.string(),
  term_uri: z.string().optional(),
});

export const openReferralFeedSchema = z.object({
  generated: z.string(),
  api_url: z.string().nullable(),
  council: z.object({ name: z.string(), ons_code: z.string() }),
  organization: z.looseObject({ id: z.string(), name: z.string(), description: z.string() }),
  services: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      minimum_age: z.number().optional(),
      maximum_age: z.number().optional(),
      last_modified: z.string().optional(),
      attributes: z.array(z.looseObject({ taxonomy_term_id: z.string(), taxonomy_term: term })),
    }),
  ),
  taxonomies: z.array(z.looseObject({ id: z.string(), name: z.string(), description: z.string(), uri: z.string().optional(), version: z.string() })),
  taxonomy_terms: z.array(term),
});

/** The feed in `text` (the contents of `file`), checked. */
export const parseOpenReferralFeed = (text: string, file: string): OpenReferralFeed => parseHandOff(openReferralFeedSchema, text, file);

/** The feed file, checked; `null` when the site has none. */
export const readOpenReferralFeed = (file: string): Promise<OpenReferralFeed | null> => readHandOff(openReferralFeedSchema, file);
