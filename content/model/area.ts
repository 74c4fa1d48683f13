/**
 * Where an offer applies, once: a national entitlement in all of England, a local offer in
 * its council's area, each by ONS code, with the ONS's persistent address for the code (none
 * for a demo council's made-up code). The Open Referral feed's `service_areas` are made from
 * it; open data and the comparison name the council by the same ONS code (`council_ons_code`).
 *
 *   offer.kind + authority (name, onsCode, isDemo) ─ serviceArea ─▶ ServiceArea ─▶ Open Referral `service_areas[]`
 */
import type { OFFER_KIND, ValueOf } from './vocabularies';

/** England, by its ONS code: where a national entitlement applies. */
export const ENGLAND = { code: 'E92000001', name: 'England' } as const;

/** The ONS's persistent address for an area's code. */
export const onsUri = (code: string) => `http://statistics.data.gov.uk/id/statistical-geography/${code}`;

/** A place an offer applies in: its ONS code, its name, and the ONS's address for it (null for a made-up code). */
export type ServiceArea = { code: string; name: string; uri: string | null };

/** Where an offer of `kind` from `council` applies. */
export function serviceArea(kind: ValueOf<typeof OFFER_KIND>, council: { name: string; onsCode: string; isDemo: boolean }): ServiceArea {
  if (kind === 'national') return { ...ENGLAND, uri: onsUri(ENGLAND.code) };
  // A demo council's code is made up: it has no ONS address.
  return { code: council.onsCode, name: council.name, uri: council.isDemo ? null : onsUri(council.onsCode) };
}
