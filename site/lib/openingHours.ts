/**
 * Office hours, read from the words editors write ("Monday to Friday, 9am to 5pm"), so
 * "Need help now?" can put the out-of-hours line first when the office is closed, by the
 * reader's own clock. Pure and without imports: the build writes the hours into a data
 * attribute (`toAttribute`) and a few lines of bundled script read them (`fromAttribute`,
 * `isOpen`). Words it can't read give `null`, and then nothing is reordered: both lines show,
 * each with its hours, exactly as without JavaScript.
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

/** Whether the office is open at `date`, by that date's local time (the reader's clock). */
export function isOpen(hours: OfficeHours, date: Date): boolean {
  const now = date.getHours() * 60 + date.getMinutes();
  return hours.days.includes(date.getDay()) && now >= hours.opens && now < hours.closes;
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
