import { describe, expect, it } from 'vitest';
import { retryableLighthouseError, withLighthouseRetries } from '../../bench/lighthouseRetry';

/**
 * The page-weight benchmark's smoke run (in `npm test`) failed once on a busy machine with
 * Lighthouse's "Something went wrong with recording the trace over your page load. Please run
 * Lighthouse again. (NO_NAVSTART)": the benchmark now runs it again, as Lighthouse asks.
 */
const NO_NAVSTART =
  'lighthouse exited with 1: Runtime error encountered: Something went wrong with recording the trace over your page load. Please run Lighthouse again. (NO_NAVSTART)';

describe('Lighthouse on a busy machine (bench:pageWeight)', () => {
  it('tells the errors about the machine from those about the page or the set-up', () => {
    expect(retryableLighthouseError(NO_NAVSTART)).toBe(true);
    expect(retryableLighthouseError('lighthouse: The page did not paint any content. (NO_FCP)')).toBe(true);
    expect(retryableLighthouseError('lighthouse exited with 1: Unable to connect to Chrome')).toBe(false);
    expect(retryableLighthouseError('lighthouse: Lighthouse was unable to reliably load the page you requested. (ERRORED_DOCUMENT_REQUEST)')).toBe(false);
  });

  it('runs Lighthouse again after a lost trace, and gives its scores', async () => {
    const outcomes = [new Error(NO_NAVSTART), { performance: 98 }];
    const said: string[] = [];
    const scores = await withLighthouseRetries(
      async () => {
        const next = outcomes.shift();
        if (next instanceof Error) throw next;
        return next;
      },
      3,
      (line) => said.push(line),
    );
    expect(scores).toEqual({ performance: 98 });
    expect(said).toEqual([expect.stringMatching(/^ {2}Lighthouse run 1 of 3 did not finish \(lighthouse exited with 1: .*\(NO_NAVSTART\)\); running it again$/)]);
  });

  it('gives up after the last try, and at once on an error a second run cannot fix', async () => {
    let runs = 0;
    await expect(withLighthouseRetries(async () => { runs++; throw new Error(NO_NAVSTART); }, 3, () => {})).rejects.toThrow(/NO_NAVSTART/);
    expect(runs).toBe(3);
    runs = 0;
    await expect(withLighthouseRetries(async () => { runs++; throw new Error('Unable to connect to Chrome'); }, 3, () => {})).rejects.toThrow(/Chrome/);
    expect(runs).toBe(1);
  });
});
