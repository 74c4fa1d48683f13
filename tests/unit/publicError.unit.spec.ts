import { APIError, formatErrors } from 'payload';
import { afterEach, describe, expect, it } from 'vitest';
import { PublicError } from '@cms/lib/publicError';

/**
 * The compiled admin (`next build`) turns Payload's `APIError` into an anonymous class
 * (`class extends g{…}`), so an error made from it is named "" and Payload answers one without
 * data "An unknown error occurred.". Simulated here by taking the classes' names away, as the
 * compiler does.
 */
describe('a refusal the CMS gives, as the compiled admin answers it', () => {
  const original = { api: Object.getOwnPropertyDescriptor(APIError, 'name'), pub: Object.getOwnPropertyDescriptor(PublicError, 'name') };
  const compiled = () => {
    Object.defineProperty(APIError, 'name', { value: '', configurable: true });
    Object.defineProperty(PublicError, 'name', { value: '', configurable: true });
  };
  afterEach(() => {
    if (original.api) Object.defineProperty(APIError, 'name', original.api);
    if (original.pub) Object.defineProperty(PublicError, 'name', original.pub);
  });

  it('loses its message when made as an APIError (why PublicError exists)', () => {
    compiled();
    expect(formatErrors(new APIError('Young editors can’t delete images. Ask a member of staff.', 403, null, true))).toEqual({ errors: [{ message: 'An unknown error occurred.' }] });
  });

  it('keeps its message, with or without data, as a PublicError', () => {
    compiled();
    expect(formatErrors(new PublicError('Young editors can’t delete images. Ask a member of staff.', 403))).toEqual({ errors: [{ message: 'Young editors can’t delete images. Ask a member of staff.' }] });
    const withData = formatErrors(new PublicError('Choose the council this belongs to.', 400, { errors: [{ path: 'council', message: 'Choose the council this belongs to.' }] }));
    expect(withData.errors[0]).toMatchObject({ message: 'Choose the council this belongs to.' });
    const error = new PublicError('No.', 403);
    expect([error.status, error.isPublic, error instanceof APIError]).toEqual([403, true, true]);
  });
});
