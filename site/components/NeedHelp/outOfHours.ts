/**
 * "Need help now?" by the reader's clock, in England's time: while the leaving care office is
 * open, its line moves first and says "Open now"; when it is closed (at night, at weekends, on
 * a bank holiday or one of the council's closure days) the out-of-hours line stays first and
 * the office line says it is closed now. The hours come from the page (`data-office-hours`,
 * written at build time from the words editors keep in the CMS) and the closed days with them
 * (`data-closed-days`: bank holidays and closure days, and how far the list is known; see
 * `@site/lib/openingHours`). The page is written with the out-of-hours line first, so without
 * JavaScript, with hours that can't be read or past the end of the bank holiday list, that
 * order stays and nothing claims the office is open or closed.
 */
import { fromAttribute, officeState, readClosedDays } from '@site/lib/openingHours';

function order(now: Date): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-office-hours]')) {
    const office = list.querySelector<HTMLElement>(':scope > [data-line="office"]');
    const outOfHours = list.querySelector<HTMLElement>(':scope > [data-line="out-of-hours"]');
    if (!office || !outOfHours) continue;
    const state = officeState(fromAttribute(list.dataset.officeHours), readClosedDays(list.dataset.closedDays), now);
    if (state === 'open') list.insertBefore(office, outOfHours);
    else list.insertBefore(outOfHours, office);
    for (const note of office.querySelectorAll<HTMLElement>('[data-closed-now]')) note.hidden = state !== 'closed';
    for (const note of office.querySelectorAll<HTMLElement>('[data-open-now]')) note.hidden = state !== 'open';
    list.dataset.officeState = state;
  }
}

order(new Date());
// A page left open (or brought back from the back-forward cache) is put right when it is looked at again.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') order(new Date());
});
window.addEventListener('pageshow', () => order(new Date()));
