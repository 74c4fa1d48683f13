/**
 * `npm run update:bank-holidays [-- --from <file>]`: rewrites the bank holiday list the sites
 * ship with (`content/bank-holidays.json`) from the official one (issue 20, part 4): GOV.UK's
 * `https://www.gov.uk/bank-holidays.json` (setting `BANK_HOLIDAYS_URL`), or a file saved from
 * it (`--from`; the file may also be the England and Wales list alone, in the shape this one
 * is written in). It keeps the `england-and-wales` division, checks it against the content
 * model's schema (`@content/model/bankHolidays`) and writes it in date order. A source that
 * can't be read, isn't GOV.UK's shape or doesn't cover today stops it with one line, and the
 * file is left as it was. `--out <file>` writes elsewhere (tests).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@cms/paths';
import {
  BANK_HOLIDAYS_DIVISION,
  BANK_HOLIDAYS_FILE,
  bankHolidayDivisionSchema,
  bankHolidaysEnd,
  officialBankHolidaysSchema,
  sortedDivision,
  type BankHolidayDivision,
} from '@content/model/bankHolidays';
import { settings, SettingsError, type SettingsEnv } from '@platform/config';

/** A source that can't be used: its message is the one line the command prints. */
export class BankHolidaysSourceError extends Error {
  override name = 'BankHolidaysSourceError';
}

export type UpdateOptions = {
  /** A file to read instead of the official address. */
  from?: string | undefined;
  /** Where to write (default `content/bank-holidays.json`). */
  out?: string | undefined;
  /** The day the list must still cover, `YYYY-MM-DD` (default today). */
  today?: string;
  env?: SettingsEnv;
  /** How to fetch (tests). */
  fetch?: typeof fetch;
  timeoutMs?: number;
};

const first = (issues: { path: PropertyKey[]; message: string }[]) => {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'the list'}: ${issue.message}` : 'not a bank holiday list';
};

/** The England and Wales list in `raw` (GOV.UK's whole answer, or the division alone). */
export function divisionFrom(raw: unknown, source: string): BankHolidayDivision {
  const whole = officialBankHolidaysSchema.safeParse(raw);
  if (whole.success) return whole.data[BANK_HOLIDAYS_DIVISION];
  const alone = bankHolidayDivisionSchema.safeParse(raw);
  if (alone.success) return alone.data;
  const looksWhole = typeof raw === 'object' && raw !== null && BANK_HOLIDAYS_DIVISION in raw;
  throw new BankHolidaysSourceError(`${source} is not GOV.UK's bank holiday list: ${first((looksWhole ? whole : alone).error.issues)}.`);
}

async function readSource(options: UpdateOptions): Promise<{ text: string; source: string }> {
  if (options.from) {
    try {
      return { text: await readFile(options.from, 'utf8'), source: options.from };
    } catch (error) {
      throw new BankHolidaysSourceError(`Can't read ${options.from}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
  }
  const url = settings(options.env).BANK_HOLIDAYS_URL;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000), headers: { accept: 'application/json' } });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new BankHolidaysSourceError(`Can't reach ${url}: ${cause}. Try again later, or save the list and use --from <file>.`);
  }
  if (!response.ok) throw new BankHolidaysSourceError(`${url} answered ${response.status} ${response.statusText}.`.replace(/ \.$/, '.'));
  return { text: await response.text(), source: url };
}

/** Fetches, checks and writes the list; returns what it wrote. Throws `BankHolidaysSourceError` and writes nothing on a bad source. */
export async function updateBankHolidays(options: UpdateOptions = {}): Promise<{ file: string; count: number; first: string; last: string; end: string }> {
  const { text, source } = await readSource(options);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BankHolidaysSourceError(`${source} is not JSON, so not GOV.UK's bank holiday list.`);
  }
  const division = sortedDivision(divisionFrom(raw, source));
  const end = bankHolidaysEnd(division);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (end < today) throw new BankHolidaysSourceError(`${source} ends on ${end}, before today (${today}): not written.`);
  const file = options.out ?? path.join(repoRoot, BANK_HOLIDAYS_FILE);
  // Written beside it, then moved over it: a reader never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(division, null, 2)}\n`);
  await rename(temporary, file);
  return { file, count: division.events.length, first: division.events[0]!.date, last: division.events.at(-1)!.date, end };
}

/** The command: `--from <file>`, `--out <file>`. */
export async function main(argv: string[]): Promise<number> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  for (const name of ['--from', '--out']) {
    if (argv.includes(name) && !option(name)) {
      console.error(`${name} needs a file name.`);
      return 1;
    }
  }
  try {
    const written = await updateBankHolidays({ from: option('--from'), out: option('--out') });
    console.log(`Wrote ${written.count} bank holidays (${written.first} to ${written.last}) to ${path.relative(process.cwd(), written.file)}; the list covers up to ${written.end}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof BankHolidaysSourceError) && !(error instanceof SettingsError)) throw error;
    console.error(`Bank holidays not updated: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exit(await main(process.argv.slice(2)));
