/**
 * The build's check on the bank holiday list the sites ship with (`content/bank-holidays.json`):
 * a warning when it runs out within six months of the build (or has), saying how to update it
 * (issue 20, part 4). Past its end, "Need help now?" can't tell a working day from a bank
 * holiday and puts the out-of-hours line first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@cms/paths';
import { BANK_HOLIDAYS_FILE, bankHolidaysWarning, parseBankHolidays } from '@content/model/bankHolidays';

/** The warning for a build on `today`, or `null`; a list that can't be read is a warning too. */
export function bankHolidaysBuildWarning(today: Date = new Date(), file = path.join(repoRoot, BANK_HOLIDAYS_FILE)): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return `${path.relative(repoRoot, file)} can't be read (${(error as Error).message}): run \`npm run update:bank-holidays\`.`;
  }
  try {
    return bankHolidaysWarning(parseBankHolidays(JSON.parse(text)), today.toISOString().slice(0, 10));
  } catch (error) {
    return `${path.relative(repoRoot, file)}: ${(error as Error).message}. Run \`npm run update:bank-holidays\`.`;
  }
}
