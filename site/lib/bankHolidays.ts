/**
 * The days a council's office is closed whatever its hours say, for "Need help now?": England's
 * bank holidays from the list shipped with the site (`content/bank-holidays.json`, checked by
 * `@content/model/bankHolidays`) and the council's own closure days (Settings → Councils). Read
 * at build time; the page carries them for the script (`closedDaysAttribute`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BANK_HOLIDAYS_FILE, bankHolidaysEnd, parseBankHolidays, type BankHolidayDivision } from '@content/model/bankHolidays';
import { closureDays, type ClosedDays } from '@site/lib/openingHours';

let cached: BankHolidayDivision | undefined;

/** The shipped list (the build runs from the repository's root). A broken file stops the build, naming it. */
export function bankHolidays(): BankHolidayDivision {
  if (!cached) {
    const file = path.resolve(process.cwd(), BANK_HOLIDAYS_FILE);
    try {
      cached = parseBankHolidays(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      throw new Error(`${BANK_HOLIDAYS_FILE}: ${(error as Error).message}`, { cause: error });
    }
  }
  return cached;
}

/** A council's closed days: every bank holiday in the list and each of its closure days. */
export function closedDaysOf(closures: { from: string; to?: string | null | undefined }[] = []): ClosedDays {
  const list = bankHolidays();
  return { days: [...new Set([...list.events.map((event) => event.date), ...closureDays(closures)])].sort(), knownUntil: bankHolidaysEnd(list) };
}
