/**
 * The days a council's office is closed whatever its hours say, for "Need help now?": England's
 * bank holidays from the list shipped with the site (`content/bank-holidays.json`, checked by
 * `@content/model/bankHolidays`) and the council's own closure days (Settings → Councils). Read
 * at build time; the page carries them for the script (`closedDaysAttribute`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BANK_HOLIDAYS_FILE, bankHolidaysEnd, parseBankHolidays, type BankHolidayDivision } from '@content/model/bankHolidays';
import { listFormat } from '@content/model/locales';
import type { I18n } from '@site/i18n';
import { formatDate } from '@site/lib/format';
import { closureDays, type ClosedDays, type Closure } from '@site/lib/openingHours';

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
export function closedDaysOf(closures: Closure[] = []): ClosedDays {
  const list = bankHolidays();
  return { days: [...new Set([...list.events.map((event) => event.date), ...closureDays(closures)])].sort(), knownUntil: bankHolidaysEnd(list) };
}

/**
 * The council's closures still to come on `today` (`YYYY-MM-DD`, the build's day), in words for
 * the page ("Also closed 29 December 2026 to 31 December 2026."), so a reader without
 * JavaScript knows them too; `null` when there are none.
 */
export function closuresInWords(i18n: I18n, closures: Closure[], today: string): string | null {
  const { t, locale } = i18n;
  const coming = closures
    .filter((closure) => (closure.lastDay || closure.firstDay).slice(0, 10) >= today)
    .sort((a, b) => a.firstDay.localeCompare(b.firstDay))
    .map((closure) =>
      closure.lastDay && closure.lastDay.slice(0, 10) !== closure.firstDay.slice(0, 10)
        ? t('help.closureRange', { from: formatDate(i18n, closure.firstDay), to: formatDate(i18n, closure.lastDay) })
        : formatDate(i18n, closure.firstDay),
    );
  return coming.length ? t('help.closures', { days: listFormat(locale, 'conjunction').format(coming) }) : null;
}
