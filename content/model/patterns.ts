/**
 * The content model's patterns and limits, defined once: the CMS validates fields with them,
 * the snapshot schemas check the export with them, and the content import checks files with
 * them (through the schemas). No imports, so any code can use them.
 */

/** A rule a text value must match, and what to tell whoever wrote it when it doesn't. */
export type Pattern = {
  readonly regex: RegExp;
  /** Completes "<field> …" in a snapshot or content-file error. */
  readonly message: string;
  /** A whole sentence for an editor, shown on the CMS field. */
  readonly editorMessage: string;
};

/** The end of a page address: lower-case words joined by hyphens ("staying-put"). */
export const SLUG: Pattern = {
  regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  message: 'must be lower-case words joined by hyphens',
  editorMessage: 'Use lower-case letters, numbers and hyphens only, for example "staying-put".',
};

/**
 * A council's ONS code (`E` and eight digits, e.g. E09000009 for Southwark), or `DEMO`
 * followed by letters, digits or `_` for a fictional council.
 */
export const ONS_CODE: Pattern = {
  regex: /^(?:E\d{8}|DEMO\w*)$/,
  message: 'must be an ONS code such as E09000009',
  editorMessage: 'Enter the council\'s ONS code, for example E09000009.',
};

/** A date as the snapshot and content files write it: `YYYY-MM-DD` (a time after it is ignored). */
export const ISO_DATE: Pattern = {
  regex: /^\d{4}-\d{2}-\d{2}/,
  message: 'must be a date (YYYY-MM-DD)',
  editorMessage: 'Enter a date.',
};

/** True when `value` is a string matching the pattern. */
/** Turns a title into a URL slug: "Staying Put (to 21)" → "staying-put-to-21". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function matches(pattern: Pattern, value: unknown): value is string {
  return typeof value === 'string' && pattern.regex.test(value);
}

/**
 * An outcome is a measured figure; a year or a date is a milestone, so these units are
 * refused (the CMS on the field, the schema in the export and the content files).
 */
export const MILESTONE_UNIT = {
  regex: /^(year|date)$/i,
  message: 'a year or a date is not a measured outcome: add it as a milestone',
  editorMessage: 'A year or a date is not a measured outcome: add it under Milestones.',
} as const satisfies Pattern;

/** True when a unit is a year or a date (so the figure belongs under milestones). */
export const isMilestoneUnit = (unit: string): boolean => MILESTONE_UNIT.regex.test(unit.trim());

/** Lengths and ranges both sides enforce. */
/**
 * The source of a spotlight a council submitted to the practice library itself (not taken
 * from a published collection): set on the server, and the page says so in its own words.
 */
export const LIBRARY_SUBMISSION = 'National practice library';

export const LIMITS = {
  /** A summary most readers see alone, often on a phone. */
  summary: 200,
  /** A practice spotlight's summary: about 60 words, for other councils' staff. */
  spotlightSummary: 420,
  /** A council's note under an entitlement ("In <council name>"): one short paragraph. */
  localNote: 700,
  /** The ages an offer's eligibility can name. */
  age: { min: 0, max: 30 },
  /** The year a spotlight's source states. */
  sourceYear: { min: 2000, max: 2100 },
} as const;
