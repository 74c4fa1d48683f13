/**
 * The feedback form, enhanced (the form works without this): the time the page was shown
 * replaces the time it was built, so the server's minimum-time check means something for
 * readers with script, and on sending a small proof of work is added (`js=1` and `work`: a
 * nonce whose SHA-256 with the page and that time starts with `FEEDBACK_WORK_BITS` zero bits,
 * about 4,000 hashes), which the server checks for posts that say `js=1`
 * (`platform/server/feedback.ts`). Nothing is stored in the browser and nothing is sent but the
 * form. Without `crypto.subtle` (an old browser, a page not on HTTPS or localhost), or if the
 * work fails, the form is sent as it is without script.
 */
import { FEEDBACK_WORK_BITS, feedbackWorkInput, hasLeadingZeroBits } from '@content/model/feedbackWork';

/** Tries nonces in batches (the browser hashes a batch at once) until one's hash starts with enough zero bits. */
async function proofOfWork(subtle: SubtleCrypto, page: string, shown: number): Promise<string> {
  const encoder = new TextEncoder();
  const BATCH = 256;
  for (let start = 0; ; start += BATCH) {
    const nonces = Array.from({ length: BATCH }, (_, i) => String(start + i));
    const digests = await Promise.all(nonces.map((nonce) => subtle.digest('SHA-256', encoder.encode(feedbackWorkInput(page, shown, nonce)))));
    const found = digests.findIndex((digest) => hasLeadingZeroBits(new Uint8Array(digest), FEEDBACK_WORK_BITS));
    if (found >= 0) return nonces[found]!;
  }
}

/** Sets a hidden field of the form (made if it is not there yet). */
function setHidden(form: HTMLFormElement, name: string, value: string) {
  let input = form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${name}"]`);
  if (!input) {
    input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    form.append(input);
  }
  input.value = value;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-feedback]')) {
  const shownInput = form.querySelector<HTMLInputElement>('[data-feedback-shown]');
  if (!shownInput) continue;
  const shown = Date.now();
  shownInput.value = String(shown);
  const subtle = globalThis.isSecureContext ? globalThis.crypto?.subtle : undefined;
  if (!subtle) continue;
  let working = false;
  let done = false;
  form.addEventListener('submit', (event) => {
    // The second time round (below), the form goes as it is now.
    if (done) return;
    event.preventDefault();
    if (working) return;
    working = true;
    const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : null;
    if (submitter) submitter.setAttribute('aria-busy', 'true');
    const page = form.querySelector<HTMLInputElement>('input[name="page"]')?.value ?? '';
    proofOfWork(subtle, page, shown)
      .then((work) => {
        setHidden(form, 'js', '1');
        setHidden(form, 'work', work);
      })
      .catch(() => {
        // No proof: the form goes as it would without script (no `js=1`).
      })
      .finally(() => {
        done = true;
        working = false;
        submitter?.removeAttribute('aria-busy');
        // In a task of its own: the browser may hash without waiting (Chromium does), so this can
        // run while the first submit event is still being sent, when a new submit is ignored.
        setTimeout(() => form.requestSubmit(submitter), 0);
      });
  });
}
