import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import { lexical } from '@tests/helpers/testCms';

/** A spotlight, as Payload's `spotlights` collection takes it. */
export type SpotlightData = RequiredDataFromCollectionSlug<'spotlights'>;

/** A council in the register (found by ONS code, or added): what a spotlight names. */
export async function registeredCouncil(payload: Payload, onsCode = 'E09000024', name = 'London Borough of Merton'): Promise<number> {
  const found = await payload.find({ collection: 'council-register', where: { onsCode: { equals: onsCode } }, limit: 1, depth: 0 });
  if (found.docs[0]) return found.docs[0].id;
  return (await payload.create({ collection: 'council-register', data: { name, onsCode, type: 'london-borough', region: 'london' } })).id;
}

let n = 0;

/** A whole spotlight's data, for a council in the register: override what the test is about. */
export async function spotlightData(payload: Payload, extra: Partial<SpotlightData> = {}): Promise<SpotlightData> {
  return {
    councils: [await registeredCouncil(payload)],
    title: `Spotlight ${++n}`,
    summary: 'What they did.',
    themes: ['money'],
    contactRole: 'Head of Service',
    body: lexical('Body'),
    source: { collection: 'Collection', year: 2025 },
    ...extra,
  };
}
