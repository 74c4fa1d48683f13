import { describe, expect, it } from 'vitest';
import { acceptedEncodings, preferredEncoding } from '@platform/server/acceptEncoding';

/**
 * Which precompressed copy the server sends (platform/server/acceptEncoding.ts): `Accept-Encoding`
 * read with its weights, as HTTP defines it. The old server matched `br` and `gzip` anywhere in
 * the header, so `br;q=0` (a browser saying "not brotli") still got brotli. What a reader sees
 * through the server is tests/int/staticServer.int.spec.ts.
 */
const both = ['br', 'gzip'] as const;

describe('Accept-Encoding with weights', () => {
  it('never sends a coding refused with q=0', () => {
    expect(preferredEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(preferredEncoding('gzip, br;q=0', both)).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0', both)).toBeNull();
    expect(preferredEncoding('gzip;q=0', ['gzip'])).toBeNull();
    expect(preferredEncoding('*, br;q=0', both)).toBe('gzip');
    expect(preferredEncoding('*;q=0', both)).toBeNull();
  });

  it('sends the coding with the highest weight, brotli before gzip on a tie', () => {
    expect(preferredEncoding('gzip;q=0.8, br;q=0.5', both)).toBe('gzip');
    expect(preferredEncoding('gzip;q=0.5, br;q=0.8', both)).toBe('br');
    expect(preferredEncoding('gzip, deflate, br', both)).toBe('br');
    expect(preferredEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(preferredEncoding('*', both)).toBe('br');
    expect(preferredEncoding('gzip;q=0.2, *;q=0.1', both)).toBe('gzip');
  });

  it('sends the file as it is when asked for nothing else, or for identity first', () => {
    expect(preferredEncoding(undefined, both)).toBeNull();
    expect(preferredEncoding('', both)).toBeNull();
    expect(preferredEncoding('identity', both)).toBeNull();
    expect(preferredEncoding('deflate', both)).toBeNull();
    expect(preferredEncoding('gzip;q=0.5, identity', both)).toBeNull();
    // Only the copies the file has.
    expect(preferredEncoding('br', ['gzip'])).toBeNull();
    expect(preferredEncoding('br, gzip', [])).toBeNull();
  });

  it('reads names in any case, spaces anywhere, x-gzip as gzip, and drops an entry whose weight is malformed', () => {
    expect(preferredEncoding('BR', both)).toBe('br');
    expect(preferredEncoding('  gzip ; q = 1 ', both)).toBe('gzip');
    expect(preferredEncoding('x-gzip', both)).toBe('gzip');
    expect(preferredEncoding('br;q=high, gzip', both)).toBe('gzip');
    expect(preferredEncoding('br;q=2, gzip', both)).toBe('gzip');
    expect(acceptedEncodings('br;q=0.5, gzip;q=0, identity;q=1.000')).toEqual(
      new Map([
        ['br', 0.5],
        ['gzip', 0],
        ['identity', 1],
      ]),
    );
  });
});
