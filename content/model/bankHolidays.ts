/**
 * England's bank holidays, shipped with the site (`content/bank-holidays.json`), so "Need help
 * now?" never counts Christmas Day as office hours (issue 20, part 4). The file is the
 * `england-and-wales` division of GOV.UK's official list (https://www.gov.uk/bank-holidays.json),
 * exactly in its shape, so `npm run update:bank-holidays` (`platform/scripts/updateBankHolidays.ts`)
 * can rewrite it from the official list and this schema checks both.
 *
 * The list covers whole years: it is good until 31 December of the last year it names. Past
 * that, whether the office is open is unknown, and the out-of-hours line comes first. The
 * build warns six months before (`bankHolidaysWarning`).
 */
import { z } from 'zod';

/** Where the shipped list lives, from the repository's root. */
export const BANK_HOLIDAYS_FILE = 'content/bank-holidays.json';
/** The official list (every division of the UK); `BANK_HOLIDAYS_URL` may name another. */
export const BANK_HOLIDAYS_URL = 'https://www.gov.uk/bank-holidays.json';
/** The division whose bank holidays apply to councils in England. */
export const BANK_HOLIDAYS_DIVISION = 'england-and-wales';
/** How long before the list runs out the build starts warning. */
export const BANK_HOLIDAYS_WARN_MONTHS = 6;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)').refine((value) => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}, 'is not a day of the calendar');

/** One bank holiday, as GOV.UK writes it. */
export const bankHolidaySchema = z.object({
  title: z.string().min(1),
  date: isoDay,
  notes: z.string(),
  bunting: z.boolean(),
});

/** One division's list: what `content/bank-holidays.json` holds. */
export const bankHolidayDivisionSchema = z
  .object({
    division: z.literal(BANK_HOLIDAYS_DIVISION),
    events: z.array(bankHolidaySchema).min(1, 'has no bank holidays'),
  })
  .superRefine((division, ctx) => {
    const seen = new Set<string>();
    division.events.forEach((event, index) => {
      if (seen.has(event.date)) ctx.addIssue({ code: 'custom', path: ['events', index, 'date'], message: `${event.date} is listed twice` });
      seen.add(event.date);
    });
  });

/** GOV.UK's whole answer: every division of the UK, England and Wales among them. */
export const officialBankHolidaysSchema = z.object({ [BANK_HOLIDAYS_DIVISION]: bankHolidayDivisionSchema }).loose();

export type BankHoliday = z.infer<typeof bankHolidaySchema>;
export type BankHolidayDivision = z.infer<typeof bankHolidayDivisionSchema>;

/** The list in date order, as the file is written. */
export function sortedDivision(division: BankHolidayDivision): BankHolidayDivision {
  return { division: division.division, events: [...division.events].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The last day the list covers: 31 December of the last year it names (`YYYY-MM-DD`). */
export function bankHolidaysEnd(division: BankHolidayDivision): string {
  const last = division.events.reduce((latest, event) => (event.date > latest ? event.date : latest), '');
  return `${last.slice(0, 4)}-12-31`;
}

/** `day` (`YYYY-MM-DD`) plus `months` calendar months, as a `YYYY-MM-DD` day. */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/**
 * The build's warning when the list runs out within six months of `today` (`YYYY-MM-DD`, the
 * build's date), or has already: one line that says how to update it. `null` while it is good.
 */
export function bankHolidaysWarning(division: BankHolidayDivision, today: string): string | null {
  const end = bankHolidaysEnd(division);
  const how = `Run \`npm run update:bank-holidays\` to fetch the official list (${BANK_HOLIDAYS_URL}) into ${BANK_HOLIDAYS_FILE}.`;
  if (end < today) {
    return `The bank holiday list ended on ${end}: "Need help now?" can't tell whether the office is open, so it puts the out-of-hours line first. ${how}`;
  }
  if (end < addMonths(today, BANK_HOLIDAYS_WARN_MONTHS)) {
    return `The bank holiday list ends on ${end}, within ${BANK_HOLIDAYS_WARN_MONTHS} months: after that "Need help now?" puts the out-of-hours line first. ${how}`;
  }
  return null;
}

/** Checks a division (the shipped file's content): the list, or an error naming what is wrong. */
export function parseBankHolidays(raw: unknown): BankHolidayDivision {
  const result = bankHolidayDivisionSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`The bank holiday list is not in GOV.UK's shape: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}
