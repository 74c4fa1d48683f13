/**
 * The feedback form, enhanced (the form works without this): the time the page was shown
 * replaces the time it was built, and on sending a small proof of work is added (`js=1`,
 * `work`), so the server's minimum-time check means something for this form
 * (`platform/server/feedback.ts`). Nothing is stored in the browser and nothing is sent but the form.
 */
import { FEEDBACK_WORK_BITS, feedbackWorkInput, hasLeadingZeroBits } from '@content/model/feedbackWork';

/** Tries nonces in batches (the browser hashes a batch at once), until one's hash starts with enough zero bits. */
async function proofOfWork(page: string, shown: number): Promise<string> {
  const encoder = new TextEncoder();
  const BATCH = 256;
  for (let start = 0; ; start += BATCH) {
    const nonces = Array.from({ length: BATCH }, (_, i) => String(start + i));
    const digests = await Promise.all(nonces.map((nonce) => crypto.subtle.digest('SHA-256', encoder.encode(feedbackWorkInput(page, shown, nonce)))));
    const found = digests.findIndex((digest) => hasLeadingZeroBits(new Uint8Array(digest), FEEDBACK_WORK_BITS));
    if (found >= 0) return nonces[found]!;
  }
}

function hidden(form: HTMLFormElement, name: string, value: string) {
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = name;
  input.value = value;
  form.append(input);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-feedback]')) {
  // Without crypto.subtle (an old browser, a page not served over HTTPS or localhost) the plain form is sent.
  if (!globalThis.crypto?.subtle) continue;
  const shownInput = form.querySelector<HTMLInputElement>('[data-feedback-shown]');
  if (!shownInput) continue;
  const shown = Date.now();
  shownInput.value = String(shown);
  let ready = false;
  form.addEventListener('submit', (event) => {
    if (ready) return;
    event.preventDefault();
    const page = form.querySelector<HTMLInputElement>('input[name="page"]')?.value ?? '';
    void proofOfWork(page, shown).then((work) => {
      hidden(form, 'js', '1');
      hidden(form, 'work', work);
      ready = true;
      form.requestSubmit();
    });
  });
}
