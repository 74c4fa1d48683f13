/**
 * The demo translation files, `content/translations/<lang>/` (issue 21, part 2; the format is
 * described in `content/README.md`): each mirrors an English file's path and holds only its
 * text to translate (`TRANSLATABLE`, under the English file's field names) and a `translation`
 * block. Checked by `cms/seed/readTranslations.ts`, which also checks each file against the
 * English one it mirrors (the same number of steps and aliases).
 *
 * The fields Payload requires of a document are required here too: a language's text of a
 * document is saved as a whole, and nothing English is ever filled in for a missing one.
 */
import { z } from 'zod';
import { LIMITS, SLUG } from './patterns';
import { matching } from './schemas';
import { TRANSLATION_STATES } from './translation';

const text = z.string().trim().min(1);

/** What each translation file says about itself. */
export const translationMetaSchema = z
  .strictObject({
    /** Every demo translation is `needs-checking`: no qualified translator checked it. */
    state: z.enum(TRANSLATION_STATES),
    /** Who translated it, in words ("Machine translation (demo)"). */
    translator: text,
    /** Only with `state: checked`: who checked it, and when (YYYY-MM-DD). */
    checkedBy: text.nullish(),
    checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').nullish(),
    /** Leaves the translation out of date: what changed in the English, in staff's words… */
    outOfDateBecause: text.optional(),
    /** …and the English fields as the edit leaves them (English-file names, new English text). */
    englishEdit: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((meta, ctx) => {
    if (Boolean(meta.outOfDateBecause) !== Boolean(meta.englishEdit)) {
      ctx.addIssue({ code: 'custom', path: ['englishEdit'], message: 'outOfDateBecause and englishEdit go together: say what changed, and give the English as the edit leaves it' });
    }
    if (meta.state === 'checked' ? !meta.checkedBy || !meta.checkedOn : meta.checkedBy || meta.checkedOn) {
      ctx.addIssue({ code: 'custom', path: ['checkedBy'], message: 'checkedBy and checkedOn are given with state: checked, and only then' });
    }
  });
export type TranslationMeta = z.infer<typeof translationMetaSchema>;

const meta = { translation: translationMetaSchema };

/** An offer's or an entitlement's text (front matter; the Markdown body is `body`). */
export const offerTextSchema = z.strictObject({
  title: text,
  summary: text.max(LIMITS.summary),
  body: text,
  eligibility: z.strictObject({ notes: text.nullish() }).nullish(),
  amount: z.strictObject({ note: text.nullish() }).nullish(),
  /** As many steps as the English, in the same order. */
  howToGet: z.array(text).min(1),
  whoToAsk: text,
  ifRefused: text,
  legalBasis: text,
  ...meta,
});

/** A council's urgent-help and service text (`authority.yaml`). */
export const authorityTextSchema = z.strictObject({
  serviceName: text,
  openingHours: text,
  emergency: z.strictObject({ label: text, hours: text }),
  ...meta,
});

/** An entry of a council's `local-details.yaml`, keyed by `entitlement`. */
export const localDetailTextSchema = z.strictObject({
  entitlement: matching(SLUG),
  summary: text.max(LIMITS.summary).nullish(),
  amount: z.strictObject({ note: text.nullish() }).nullish(),
  howToGet: z.array(text).nullish(),
  whoToAsk: text.nullish(),
  ifRefused: text.nullish(),
  eligibilityNotes: text.nullish(),
  note: text.max(LIMITS.localNote).nullish(),
  ...meta,
});

/** An entry of `glossary.yaml`, keyed by `slug`. */
export const glossaryTextSchema = z.strictObject({ slug: matching(SLUG), term: text, meaning: text, aliases: z.array(text).default([]), ...meta });

/** An entry of `areas.yaml`, keyed by `slug`. */
export const areaTextSchema = z.strictObject({ slug: matching(SLUG), title: text, summary: text.max(LIMITS.summary), ...meta });

/** Each kind of translation file, or entry of one. */
export const translationSchemas = {
  entitlement: offerTextSchema,
  offer: offerTextSchema,
  authority: authorityTextSchema,
  localDetail: localDetailTextSchema,
  glossary: glossaryTextSchema,
  area: areaTextSchema,
};
export type TranslationKind = keyof typeof translationSchemas;
