/**
 * "Need help now?", honestly (issue 20, part 4): the office is closed on England's bank
 * holidays and the council's closure days, by England's clock; past the end of the bank
 * holiday list, or with hours nobody can read, the state is unknown. The list the sites ship
 * with is GOV.UK's shape and holds every bank holiday the calendar rules give for 2025–2028;
 * the build warns when it runs out within six months; `npm run update:bank-holidays` rewrites
 * it from a good source and leaves it alone on a bad one.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bankHolidaysEnd, bankHolidaysWarning, parseBankHolidays, type BankHolidayDivision } from '@content/model/bankHolidays';
import { bankHolidaysBuildWarning } from '@platform/build/bankHolidays';
import { updateBankHolidays } from '@platform/scripts/updateBankHolidays';
import { closedDaysOf, closuresInWords } from '@site/lib/bankHolidays';
import { closedDaysAttribute, closureDays, officeClock, officeState, parseOfficeHours, readClosedDays } from '@site/lib/openingHours';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const shipped = parseBankHolidays(JSON.parse(readFileSync('content/bank-holidays.json', 'utf8')));
const hours = parseOfficeHours('Monday to Friday, 9am to 5pm');
const closed = closedDaysOf();

describe('England’s bank holidays, shipped with the site', () => {
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const plus = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
  /** Easter Sunday (the anonymous Gregorian algorithm). */
  const easter = (y: number) => {
    const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    return day(y, month, ((h + l - 7 * m + 114) % 31) + 1);
  };
  const firstMonday = (y: number, m: number) => {
    const first = day(y, m, 1);
    return plus(first, (8 - first.getUTCDay()) % 7);
  };
  const lastMonday = (y: number, m: number) => {
    const last = day(y, m + 1, 0);
    return plus(last, -((last.getUTCDay() + 6) % 7));
  };
  /** A fixed day on a weekend moves to the next weekday not already a holiday. */
  const substitutes = (dates: Date[]) => {
    const taken: Date[] = [];
    for (const date of dates) {
      let d = date;
      while ([0, 6].includes(d.getUTCDay()) || taken.some((t) => iso(t) === iso(d))) d = plus(d, 1);
      taken.push(d);
    }
    return taken;
  };
  const byRule = (y: number) => [
    ...substitutes([day(y, 1, 1)]),
    plus(easter(y), -2),
    plus(easter(y), 1),
    firstMonday(y, 5),
    lastMonday(y, 5),
    lastMonday(y, 8),
    ...substitutes([day(y, 12, 25), day(y, 12, 26)]),
  ].map(iso);

  it('is GOV.UK’s England and Wales list, to the end of 2028', () => {
    expect(shipped.division).toBe('england-and-wales');
    expect(shipped.events.map((e) => e.date)).toEqual([...shipped.events.map((e) => e.date)].sort());
    expect(bankHolidaysEnd(shipped)).toBe('2028-12-31');
  });

  it('holds every bank holiday the calendar rules give for 2025 to 2028', () => {
    expect(easter(2026)).toEqual(day(2026, 4, 5));
    expect(byRule(2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    expect(byRule(2027)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']);
    const listed = new Set(shipped.events.map((e) => e.date));
    for (const year of [2025, 2026, 2027, 2028]) for (const date of byRule(year)) expect(listed, `${date} (${year})`).toContain(date);
    expect(shipped.events.find((e) => e.date === '2026-12-28')).toMatchObject({ title: 'Boxing Day', notes: 'Substitute day' });
  });

  it('refuses a list that is not in GOV.UK’s shape, naming what is wrong', () => {
    expect(() => parseBankHolidays({ division: 'scotland', events: [] })).toThrow(/division/);
    expect(() => parseBankHolidays({ division: 'england-and-wales', events: [{ title: 'X', date: '2026-02-30', notes: '', bunting: true }] })).toThrow(/events\.0\.date: is not a day/);
  });
});

describe('open now, by England’s clock, bank holidays and closure days counted', () => {
  const at = (iso: string) => new Date(iso);

  it('is closed on Christmas Day, Boxing Day and its substitute, 28 December 2026', () => {
    expect(officeState(hours, closed, at('2026-12-25T10:00:00Z'))).toBe('closed'); // Christmas Day, a Friday
    expect(officeState(hours, closed, at('2026-12-26T10:00:00Z'))).toBe('closed'); // Boxing Day, a Saturday
    expect(officeState(hours, closed, at('2026-12-28T10:00:00Z'))).toBe('closed'); // the substitute bank holiday, a Monday
  });

  it('is open on an ordinary Monday at 10:00, and closed at night', () => {
    expect(officeState(hours, closed, at('2026-12-07T10:00:00Z'))).toBe('open');
    expect(officeState(hours, closed, at('2026-12-07T17:00:00Z'))).toBe('closed');
    expect(officeState(hours, closed, at('2026-12-07T08:59:00Z'))).toBe('closed');
  });

  it('keeps England’s time in British Summer Time, whatever the reader’s device says', () => {
    // 08:30 UTC on a Tuesday in May is 9.30am in London: open.
    expect(officeClock(at('2027-05-04T08:30:00Z'))).toEqual({ day: '2027-05-04', weekday: 2, minutes: 570 });
    expect(officeState(hours, closed, at('2027-05-04T08:30:00Z'))).toBe('open');
    // 23:30 UTC on Sunday 2 May 2027 is already Monday in London, the early May bank holiday.
    expect(officeClock(at('2027-05-02T23:30:00Z'))).toEqual({ day: '2027-05-03', weekday: 1, minutes: 30 });
    expect(officeState(hours, closed, at('2027-05-03T09:30:00Z'))).toBe('closed'); // 10.30am in London
  });

  it('is closed on the council’s closure days', () => {
    const christmas = closedDaysOf([{ firstDay: '2026-12-29', lastDay: '2026-12-31' }]);
    expect(officeState(hours, christmas, at('2026-12-30T10:00:00Z'))).toBe('closed');
    expect(officeState(hours, closed, at('2026-12-30T10:00:00Z'))).toBe('open');
    expect(closureDays([{ firstDay: '2026-12-24' }, { firstDay: '2026-12-31', lastDay: '2027-01-02' }])).toEqual(['2026-12-24', '2026-12-31', '2027-01-01', '2027-01-02']);
    // As the CMS stores them (noon UTC), and in words for readers without JavaScript: only those still to come.
    expect(closureDays([{ firstDay: '2026-12-29T12:00:00.000Z', lastDay: '2026-12-31T12:00:00.000Z' }])).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
    const closures = [{ firstDay: '2026-12-24' }, { firstDay: '2026-12-29', lastDay: '2026-12-31' }, { firstDay: '2025-12-24' }];
    expect(closuresInWords(i18n, closures, '2026-12-07')).toBe('Also closed 24 December 2026 and 29 December 2026 to 31 December 2026.');
    expect(closuresInWords(i18n, closures, '2027-01-04')).toBeNull();
  });

  it('is unknown with hours nobody can read, or past the end of the list', () => {
    expect(officeState(null, closed, at('2026-12-07T10:00:00Z'))).toBe('unknown');
    expect(officeState(hours, null, at('2026-12-07T10:00:00Z'))).toBe('unknown');
    expect(officeState(hours, closed, at('2029-01-08T10:00:00Z'))).toBe('unknown'); // a Monday after the list ends
  });

  it('travels in a data attribute', () => {
    expect(readClosedDays(closedDaysAttribute(closed))).toEqual(closed);
    expect(readClosedDays('2028-12-31;')).toEqual({ knownUntil: '2028-12-31', days: [] });
    expect(readClosedDays('soon;2026-12-25')).toBeNull();
  });
});

describe('the build warns before the list runs out', () => {
  const list = (lastYear: number): BankHolidayDivision => ({
    division: 'england-and-wales',
    events: [{ title: 'Christmas Day', date: `${lastYear}-12-25`, notes: '', bunting: true }],
  });

  it('says nothing while the list covers the next six months', () => {
    expect(bankHolidaysWarning(list(2028), '2026-12-07')).toBeNull();
    expect(bankHolidaysWarning(list(2028), '2028-06-30')).toBeNull();
    expect(bankHolidaysBuildWarning(new Date('2026-12-07T12:00:00Z'))).toBeNull();
  });

  it('warns, saying how to update, when it ends within six months or has ended', () => {
    expect(bankHolidaysWarning(list(2028), '2028-07-01')).toMatch(/ends on 2028-12-31, within 6 months.*npm run update:bank-holidays/);
    expect(bankHolidaysWarning(list(2026), '2027-01-04')).toMatch(/ended on 2026-12-31.*out-of-hours line first.*npm run update:bank-holidays/);
    // The build's own check, over the file the sites ship with.
    expect(bankHolidaysBuildWarning(new Date('2028-08-01T12:00:00Z'))).toMatch(/^The bank holiday list ends on 2028-12-31, within 6 months/);
    const dir = mkdtempSync(path.join(tmpdir(), 'holidays-'));
    writeFileSync(path.join(dir, 'list.json'), JSON.stringify(list(2026)));
    expect(bankHolidaysBuildWarning(new Date('2026-12-07T12:00:00Z'), path.join(dir, 'list.json'))).toMatch(/ends on 2026-12-31, within 6 months/);
    expect(bankHolidaysBuildWarning(new Date('2026-12-07T12:00:00Z'), path.join(dir, 'missing.json'))).toMatch(/can't be read/);
  });
});

describe('npm run update:bank-holidays', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'holidays-update-'));
  const out = path.join(dir, 'bank-holidays.json');
  const official = {
    'england-and-wales': { division: 'england-and-wales', events: [...shipped.events].reverse() },
    scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2026-11-30', notes: '', bunting: true }] },
  };

  it('writes the England and Wales list from GOV.UK’s whole answer, in date order', async () => {
    writeFileSync(path.join(dir, 'official.json'), JSON.stringify(official));
    const written = await updateBankHolidays({ from: path.join(dir, 'official.json'), out, today: '2026-12-07' });
    expect(written).toMatchObject({ count: shipped.events.length, first: '2025-01-01', last: '2028-12-26', end: '2028-12-31' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(shipped);
  });

  it('fetches the address from the settings', async () => {
    const asked: string[] = [];
    const answer: typeof fetch = async (url) => {
      asked.push(String(url));
      return new Response(JSON.stringify(official), { status: 200 });
    };
    await updateBankHolidays({ out, today: '2026-12-07', env: { BANK_HOLIDAYS_URL: 'https://holidays.example/list.json' }, fetch: answer });
    expect(asked).toEqual(['https://holidays.example/list.json']);
  });

  it('stops with one line and changes nothing on a bad or unreachable source', async () => {
    const before = readFileSync(out, 'utf8');
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Day', date: 'soon', notes: '', bunting: true }] } }));
    writeFileSync(path.join(dir, 'page.html'), '<!doctype html><title>Bank holidays</title>');
    await expect(updateBankHolidays({ from: path.join(dir, 'bad.json'), out })).rejects.toThrow(/bad\.json is not GOV\.UK's bank holiday list: england-and-wales\.events\.0\.date: must be a date/);
    await expect(updateBankHolidays({ from: path.join(dir, 'page.html'), out })).rejects.toThrow(/page\.html is not JSON/);
    await expect(updateBankHolidays({ from: path.join(dir, 'missing.json'), out })).rejects.toThrow(/Can't read .*missing\.json: ENOENT/);
    await expect(updateBankHolidays({ from: path.join(dir, 'official.json'), out, today: '2029-02-01' })).rejects.toThrow(/ends on 2028-12-31, before today/);
    const down: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    };
    await expect(updateBankHolidays({ out, fetch: down })).rejects.toThrow("Can't reach https://www.gov.uk/bank-holidays.json: ENOTFOUND. Try again later, or save the list and use --from <file>.");
    const missing: typeof fetch = async () => new Response('Not found', { status: 404, statusText: 'Not Found' });
    await expect(updateBankHolidays({ out, fetch: missing })).rejects.toThrow('https://www.gov.uk/bank-holidays.json answered 404 Not Found.');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('as a command: exit 1 and one line on a bad file, the file untouched', async () => {
    const before = readFileSync(out, 'utf8');
    const run = promisify(execFile)('npx', ['tsx', 'platform/scripts/updateBankHolidays.ts', '--from', path.join(dir, 'bad.json'), '--out', out]);
    const failed = await run.then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Bank holidays not updated: .*bad\.json is not GOV\.UK's bank holiday list/)]);
    expect(readFileSync(out, 'utf8')).toBe(before);
    const good = await promisify(execFile)('npx', ['tsx', 'platform/scripts/updateBankHolidays.ts', '--from', path.join(dir, 'official.json'), '--out', out]);
    expect(good.stdout).toMatch(/^Wrote 32 bank holidays \(2025-01-01 to 2028-12-26\) to .*; the list covers up to 2028-12-31\./);
  }, 60_000);
});
