/**
 * Easy Read (issue 21, part 6): a variant of a page, not a language. Short sentences, each
 * beside a picture, with its own "checked by" and "based on the page as it was on" date. It
 * never falls back to the standard English: a page with no Easy Read version has no link to one.
 *
 * The pictures are icons of Tabler Icons (MIT licence, the npm package `@tabler/icons`), shipped
 * with the site; each has the alt text below. The list is fixed here so the CMS offers exactly
 * these and the site has a file and words for each.
 */
import { z } from 'zod';

/** Each picture an Easy Read sentence may have: the Tabler icon's name → its alt text. */
export const EASY_READ_PICTURES = {
  cash: 'Money',
  'currency-pound': 'Pounds',
  home: 'A home',
  bed: 'A bed',
  phone: 'A phone',
  'device-mobile': 'A mobile phone',
  mail: 'A letter',
  'message-circle': 'Talking',
  school: 'School or college',
  book: 'A book',
  briefcase: 'Work',
  heart: 'Health and feelings',
  stethoscope: 'A doctor',
  pill: 'Medicine',
  calendar: 'A date',
  clock: 'Time',
  user: 'You',
  users: 'People who help you',
  help: 'A question',
  'alert-triangle': 'Important',
  check: 'Yes',
  x: 'No',
  'file-text': 'A form',
  writing: 'Writing',
  id: 'ID card',
  building: 'The council',
  'map-pin': 'A place',
  bus: 'Travel',
  'baby-carriage': 'A baby',
  'tools-kitchen-2': 'Food and cooking',
  shield: 'Keeping safe',
  scale: 'Your rights',
  world: 'Coming to the UK',
} as const;
export type EasyReadPicture = keyof typeof EASY_READ_PICTURES;
export const EASY_READ_PICTURE_NAMES = Object.keys(EASY_READ_PICTURES) as [EasyReadPicture, ...EasyReadPicture[]];

/** Longest Easy Read sentence, in characters (one short sentence, or two). */
export const EASY_READ_SENTENCE_MAX = 120;

/** An Easy Read version of a page, as the snapshot carries it (on an offer: `easyRead`, or null). */
export const easyReadSchema = z.object({
  sentences: z
    .array(
      z.object({
        text: z.string().trim().min(1, 'an Easy Read sentence needs words').max(EASY_READ_SENTENCE_MAX, `an Easy Read sentence is at most ${EASY_READ_SENTENCE_MAX} characters`),
        picture: z.enum(EASY_READ_PICTURE_NAMES),
      }),
    )
    .min(3, 'an Easy Read page needs at least 3 sentences'),
  /** Who checked it with people who use Easy Read (a name or an organisation), or null: not checked yet. */
  checkedBy: z.string().trim().min(1).nullable(),
  /** The date of the standard page it was written from (YYYY-MM-DD). */
  basedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the date the Easy Read was based on, as YYYY-MM-DD'),
});
export type EasyRead = z.infer<typeof easyReadSchema>;
