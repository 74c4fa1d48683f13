import { APIError } from 'payload';

/**
 * An error whose message the person gets, with its HTTP status: every refusal the CMS's own
 * rules give (a hook, an access rule, an upload check). Use it instead of `new APIError(…, true)`
 * (ESLint refuses that outside this file).
 *
 * Why: Payload answers an error with `data` by its message, and one without `data` by its
 * message only if the error has a `name`; `APIError` takes its name from its class, and the
 * compiled admin (`next build`) makes that class anonymous, so its name is "". In production
 * every `new APIError(message, status, null, true)` answered "An unknown error occurred." and
 * the editor never saw why. This class names itself with a string, which the compiler keeps.
 */
export class PublicError extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown> | null = null) {
    super(message, status, data, true);
    this.name = 'PublicError';
  }
}
