/**
 * "Need help now?" by the reader's clock: outside the leaving care service's office hours
 * the out-of-hours line moves first and the office line says it is closed now. The hours
 * come from the page (`data-office-hours`, written at build time from the words editors
 * keep in the CMS, see `@site/lib/openingHours`). Without JavaScript, or with hours that
 * can't be read, both lines show in their usual order, each with its hours.
 */
import { fromAttribute, isOpen } from '@site/lib/openingHours';

function order(now: Date): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-office-hours]')) {
    const hours = fromAttribute(list.dataset.officeHours);
    const office = list.querySelector<HTMLElement>(':scope > [data-line="office"]');
    const outOfHours = list.querySelector<HTMLElement>(':scope > [data-line="out-of-hours"]');
    if (!hours || !office || !outOfHours) continue;
    const closed = !isOpen(hours, now);
    if (closed) list.insertBefore(outOfHours, office);
    else list.insertBefore(office, outOfHours);
    for (const note of office.querySelectorAll<HTMLElement>('[data-closed-now]')) note.hidden = !closed;
    list.dataset.officeClosed = String(closed);
  }
}

order(new Date());
// A page left open (or brought back from the back-forward cache) is put right when it is looked at again.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') order(new Date());
});
window.addEventListener('pageshow', () => order(new Date()));
