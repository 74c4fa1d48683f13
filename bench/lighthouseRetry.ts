/**
 * Lighthouse on a busy machine: some of its runtime errors are about the machine, not the page
 * (the trace was not recorded in time, no first paint within its wait), and Lighthouse's own
 * message asks to "run Lighthouse again". The page-weight benchmark does that, a few times,
 * saying so, rather than failing a run because other work was on the machine. Any other error
 * (Chromium missing, a page that does not load) is not retried.
 */

/** Lighthouse's runtime errors that a second run on the same page can get past. */
const RETRYABLE = /Please run Lighthouse again|\((NO_NAVSTART|NO_FCP|NO_LCP|NO_TRACING_STARTED|NO_RESOURCE_REQUEST|PROTOCOL_TIMEOUT|PAGE_HUNG|TARGET_CRASHED)\)/;

export const retryableLighthouseError = (message: string): boolean => RETRYABLE.test(message);

/** Runs `attempt` up to `times`, again only after a retryable error; the last error otherwise. */
export async function withLighthouseRetries<T>(attempt: () => Promise<T>, times: number, log: (line: string) => void = console.error): Promise<T> {
  for (let run = 1; ; run++) {
    try {
      return await attempt();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (run >= times || !retryableLighthouseError(message)) throw error;
      log(`  Lighthouse run ${run} of ${times} did not finish (${message}); running it again`);
    }
  }
}
