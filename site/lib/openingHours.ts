/**
 * Office hours, read from the words editors write ("Monday to Friday, 9am to 5pm"), so
 * "Need help now?" can put the office line first only while the office is open, by the
 * reader's own clock in England's time (Europe/London). Pure and without imports: the build
 * writes the hours into a data attribute (`toAttribute`) and the days the office is closed
 * whatever its hours say (England's bank holidays, the council's closure days) into another
 * (`closedDaysAttribute`); a few lines of bundled script read them (`fromAttribute`,
 * `readClosedDays`, `officeState`). The page is written with the out-of-hours line first;
 * words it can't read, a day past the end of the bank holiday list or no script leave it so
 * (the state is unknown), with both lines and their hours.
 */

/** Days (0 Sunday … 6 Saturday) and the minutes after midnight the office opens and closes. */
export interface OfficeHours {
  days: number[];
  opens: number;
  closes: number;
}

const DAY_NAMES: [RegExp, number][] = [
  [/^sun(day)?s?$/i, 0],
  [/^mon(day)?s?$/i, 1],
  [/^tue(s|sday)?s?$/i, 2],
  [/^wed(nesday)?s?$/i, 3],
  [/^thu(r|rs|rsday)?s?$/i, 4],
  [/^fri(day)?s?$/i, 5],
  [/^sat(urday)?s?$/i, 6],
];
const DAY = '(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)s?';
const TO = '\\s*(?:to|until|till|-|–|—)\\s*';
const TIME = '(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?';

function dayNumber(word: string): number {
  return DAY_NAMES.find(([pattern]) => pattern.test(word))![1];
}

function minutes(hour: string, minute: string | undefined, half: string | undefined, fallback: 'am' | 'pm' | undefined): number | null {
  let h = Number(hour);
  const m = minute ? Number(minute) : 0;
  const meridiem = half ? (half.startsWith('p') ? 'pm' : 'am') : fallback;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    if (h === 12) h = 0;
    if (meridiem === 'pm') h += 12;
  } else if (h > 24) {
    return null;
  }
  if (m > 59) return null;
  return h * 60 + m;
}

/** The office hours in `text`, or `null` when it does not say them in a way we can read. */
export function parseOfficeHours(text: string): OfficeHours | null {
  let days: number[] | null = null;
  const range = new RegExp(`\\b${DAY}${TO}${DAY}\\b`, 'i').exec(text);
  if (range) {
    const from = dayNumber(range[1]!);
    const to = dayNumber(range[2]!);
    days = [];
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === to) break;
    }
  } else if (/\bweekdays\b/i.test(text)) {
    days = [1, 2, 3, 4, 5];
  } else if (/\b(every day|daily|7 days a week|seven days a week)\b/i.test(text)) {
    days = [0, 1, 2, 3, 4, 5, 6];
  }
  if (!days) return null;
  const time = new RegExp(`\\b${TIME}${TO}${TIME}`, 'i').exec(text.slice(range ? range.index + range[0].length : 0)) ??
    new RegExp(`\\b${TIME}${TO}${TIME}`, 'i').exec(text);
  if (!time) return null;
  const [, h1, m1, half1, h2, m2, half2] = time;
  // "9 to 5pm": the first takes the second's half of the day only when that keeps it before.
  let closes = minutes(h2!, m2, half2, undefined);
  // "9 to 5": office hours end in the afternoon.
  if (!half1 && !half2 && closes !== null && closes <= 12 * 60 && closes <= (minutes(h1!, m1, undefined, undefined) ?? 0)) closes += 12 * 60;
  let opens = minutes(h1!, m1, half1, undefined);
  if (!half1 && half2 && closes !== null) {
    const sameHalf = minutes(h1!, m1, half2, undefined);
    opens = sameHalf !== null && sameHalf < closes ? sameHalf : minutes(h1!, m1, 'am', undefined);
  }
  if (opens === null || closes === null || closes <= opens) return null;
  return { days, opens, closes };
}

/** Where the councils are: their offices keep England's time, whatever the reader's device says. */
export const OFFICE_TIME_ZONE = 'Europe/London';

/** A moment as the clock on an office wall in England reads it. */
export interface OfficeClock {
  /** The day, `YYYY-MM-DD`. */
  day: string;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** Minutes after midnight. */
  minutes: number;
}

let londonFormat: Intl.DateTimeFormat | undefined;

/** `date` in England's time (British Summer Time or not), in Western digits and the Gregorian calendar whatever the reader's language. */
export function officeClock(date: Date): OfficeClock {
  londonFormat ??= new Intl.DateTimeFormat(undefined, {
    timeZone: OFFICE_TIME_ZONE,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const parts = londonFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const [year, month, dayOfMonth, hour, minute] = (['year', 'month', 'day', 'hour', 'minute'] as const).map(part) as [number, number, number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(dayOfMonth)}`,
    weekday: new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay(),
    minutes: (hour % 24) * 60 + minute,
  };
}

/** Whether `date` falls in the office hours (England's time), leaving bank holidays and closure days aside. */
export function isOpen(hours: OfficeHours, date: Date): boolean {
  const { weekday, minutes: now } = officeClock(date);
  return hours.days.includes(weekday) && now >= hours.opens && now < hours.closes;
}

/**
 * The days the office is closed whatever its hours say, and how far the list is known: the
 * bank holiday list covers whole years, to 31 December of its last year; after that nobody
 * can say whether a weekday is a working day.
 */
export interface ClosedDays {
  /** `YYYY-MM-DD` days: bank holidays and the council's closure days. */
  days: string[];
  /** The last day the bank holiday list covers, `YYYY-MM-DD`. */
  knownUntil: string;
}

/** Open, closed, or unknown (no hours we can read, or a day past the end of the bank holiday list). */
export type OfficeState = 'open' | 'closed' | 'unknown';

/** Whether the office is open at `date`, by England's clock, on its hours, bank holidays and closure days. */
export function officeState(hours: OfficeHours | null, closed: ClosedDays | null, date: Date): OfficeState {
  if (!hours || !closed) return 'unknown';
  const clock = officeClock(date);
  if (clock.day > closed.knownUntil) return 'unknown';
  if (closed.days.includes(clock.day)) return 'closed';
  return isOpen(hours, date) ? 'open' : 'closed';
}

/** A council's closure days (`lastDay` empty: one day). */
export interface Closure {
  firstDay: string;
  lastDay?: string | null | undefined;
}

/** Each day of a council's closures, in order. */
export function closureDays(ranges: Closure[]): string[] {
  const days = new Set<string>();
  for (const range of ranges) {
    const start = Date.parse(`${range.firstDay.slice(0, 10)}T00:00:00Z`);
    const end = Date.parse(`${(range.lastDay || range.firstDay).slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(start) || Number.isNaN(end)) continue;
    // A year at most: a range typed wrongly must not write thousands of days into every page.
    for (let t = start, n = 0; t <= end && n < 366; t += 86_400_000, n += 1) days.add(new Date(t).toISOString().slice(0, 10));
  }
  return [...days].sort();
}

/** For a data attribute: `2028-12-31;2026-12-25,2026-12-28`. */
export function closedDaysAttribute(closed: ClosedDays): string {
  return `${closed.knownUntil};${[...new Set(closed.days)].sort().join(',')}`;
}

/** Back from the data attribute; `null` for anything else (then the state is unknown). */
export function readClosedDays(value: string | undefined): ClosedDays | null {
  const match = /^(\d{4}-\d{2}-\d{2});((?:\d{4}-\d{2}-\d{2})(?:,\d{4}-\d{2}-\d{2})*)?$/.exec(value ?? '');
  if (!match) return null;
  return { knownUntil: match[1]!, days: match[2] ? match[2].split(',') : [] };
}

/** For a data attribute: `1,2,3,4,5;540;1020`. */
export function toAttribute(hours: OfficeHours | null): string | undefined {
  return hours ? `${hours.days.join(',')};${hours.opens};${hours.closes}` : undefined;
}

/** Back from the data attribute; `null` for anything else. */
export function fromAttribute(value: string | undefined): OfficeHours | null {
  const match = /^([0-6](?:,[0-6])*);(\d{1,4});(\d{1,4})$/.exec(value ?? '');
  if (!match) return null;
  const opens = Number(match[2]);
  const closes = Number(match[3]);
  if (closes <= opens || closes > 24 * 60) return null;
  return { days: match[1]!.split(',').map(Number), opens, closes };
}
