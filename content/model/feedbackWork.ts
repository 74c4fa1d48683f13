/**
 * The script-enhanced feedback form's proof of work (issue 22), shared by the browser script
 * (`site/components/Feedback/feedback.ts`) and the server (`platform/server/feedback.ts`).
 * Nothing else: no zod, so the page's script stays small.
 */
/** How many leading zero bits the script-enhanced form's proof of work needs (about 4,000 hashes: under a second on a phone). */
export const FEEDBACK_WORK_BITS = 12;

/** What the proof of work hashes: the page and the time it was shown, so one proof serves one view. */
export const feedbackWorkInput = (page: string, shown: number, nonce: string) => `${page}|${shown}|${nonce}`;

/** True when a SHA-256 digest starts with `bits` zero bits. */
export function hasLeadingZeroBits(digest: Uint8Array, bits: number): boolean {
  let left = bits;
  for (const byte of digest) {
    if (left <= 0) return true;
    if (left >= 8) {
      if (byte !== 0) return false;
      left -= 8;
    } else return byte >> (8 - left) === 0;
  }
  return left <= 0;
}
