/**
 * Stable identifiers for open data (issue 12). Open Referral UK requires every id to be a
 * UUID: a council, an offer and an area keep theirs in the CMS (`cms/fields/uuid.ts`), made once
 * and never changed by an edit, a new slug or a republish. Everything else in the feed is named
 * from those with `uuidFrom` (RFC 9562 version 5), so it is as stable as they are: a national
 * entitlement as one council's service is the entitlement's id and the council's id together.
 */
import { createHash, randomUUID } from 'node:crypto';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** True for a UUID in its usual written form (any version 1–8, the RFC variant). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_RE.test(value);

/** A new random UUID (version 4). */
export const newUuid = (): string => randomUUID();

/**
 * The version 5 UUID of `name` in the namespace `namespace` (itself a UUID): the same inputs
 * always give the same id, and different ones never (in practice) the same.
 */
export function uuidFrom(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new Error(`uuidFrom: "${namespace}" is not a UUID`);
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toLowerCase();
}

/** The platform's own namespace, for ids of things defined in code (the taxonomies and their fixed terms). */
export const PLATFORM_NAMESPACE = '0e5f2f3c-6d1b-5a8e-9c47-2b6f1a9d3e70';
