/**
 * The files in `content/` (the seed a fresh install imports): the snapshot's schemas with
 * the files' own details (a slug from the file name, `draft: true`, Markdown bodies, media
 * by file name). Checked by `cms/seed/readContent.ts`, which names the file and the field.
 */
import { z } from 'zod';
import {
  areaSchema,
  authoritySchema,
  chapterSchema,
  glossarySchema,
  guideSchema,
  indicatorSchema,
  offerSchema,
  pledgeSchema,
  searchWordSchema,
  spotlightSchema,
} from './schemas';

const draft = { draft: z.boolean().default(false) };
const optionalSlug = { slug: z.string().optional() };
const markdown = z.string().default('');

/** The schema of each kind of content file, or entry of a YAML list. */
export const contentSchemas = {
  authority: authoritySchema,
  area: areaSchema,
  offer: offerSchema.omit({ body: true, updatedAt: true, slug: true }).extend({ ...optionalSlug, ...draft, body: markdown }),
  guide: guideSchema.omit({ intro: true, chapters: true, updatedAt: true, slug: true }).extend({ ...optionalSlug, ...draft, intro: markdown }),
  chapter: chapterSchema.omit({ body: true, slug: true }).extend({ ...optionalSlug, body: markdown }),
  spotlight: spotlightSchema
    .omit({ body: true, updatedAt: true, slug: true, image: true })
    .extend({ ...optionalSlug, ...draft, body: markdown, image: z.string().nullish() }),
  glossary: glossarySchema.omit({ slug: true }).extend(optionalSlug),
  pledge: pledgeSchema.omit({ slug: true }).extend({ ...optionalSlug, ...draft }),
  indicator: indicatorSchema,
  /** `says` may be one string ("broke, skint") or a list. */
  searchWord: searchWordSchema.extend({
    says: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) =>
      (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean),
    ),
  }),
  media: z.object({ file: z.string().min(1), alt: z.string().min(1, 'alt text is required'), caption: z.string().nullish() }),
};

