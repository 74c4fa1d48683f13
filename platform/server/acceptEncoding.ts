/**
 * Which precompressed copy to send, read from `Accept-Encoding` as HTTP defines it (RFC 9110,
 * 12.5.3): every coding with its weight (`q`, 1 unless given), `*` for any coding not named,
 * `q=0` meaning "not this one". The copy with the highest weight wins, brotli before gzip on
 * a tie; the file as it is when neither is acceptable, or when `identity` is preferred.
 */
export type Coding = 'br' | 'gzip';

const ALIASES: Record<string, string> = { 'x-gzip': 'gzip' };

/** The weights in an `Accept-Encoding` header, by coding (lower-cased); a malformed weight drops its entry. */
export function acceptedEncodings(header: string | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (match) q = Math.min(Number(match[1]), 1);
      else if (/^\s*q\s*=/i.test(param)) q = Number.NaN;
    }
    if (Number.isNaN(q)) continue;
    const key = ALIASES[coding] ?? coding;
    // Named twice: the higher weight counts.
    weights.set(key, Math.max(q, weights.get(key) ?? 0));
  }
  return weights;
}

/** The coding to send among `available` (in the server's order of preference), or null for the file as it is. */
export function preferredEncoding(header: string | undefined, available: readonly Coding[]): Coding | null {
  if (!header || available.length === 0) return null;
  const weights = acceptedEncodings(header);
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  let best: Coding | null = null;
  let bestWeight = 0;
  for (const coding of available) {
    const q = weight(coding);
    if (q > bestWeight) [best, bestWeight] = [coding, q];
  }
  // The file as it is wins only when asked for by name with a higher weight.
  const identity = weights.get('identity');
  return identity !== undefined && identity > bestWeight ? null : best;
}
