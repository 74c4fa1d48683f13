/**
 * The feedback form, enhanced (the form works without this): the time the page was shown
 * replaces the time it was built, so the server's minimum-time check means something for
 * readers with script (`platform/server/feedback.ts`). Nothing is stored in the browser and
 * nothing is sent but the form.
 *
 * The proof of work the server checks when a post says `js=1` (`@content/model/feedbackWork`)
 * is not sent from here yet: the version that held the submit back until the work was done
 * never sent the form in the browser tests, and was taken out (issue 22, to do).
 */
for (const input of document.querySelectorAll<HTMLInputElement>('form[data-feedback] [data-feedback-shown]')) {
  input.value = String(Date.now());
}
