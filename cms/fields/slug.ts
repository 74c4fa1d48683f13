import type { FieldHook, PayloadRequest, TextField } from 'payload';
import { matches, SLUG, slugify } from '@content/model/patterns';

export { slugify };

/**
 * A unique, URL-safe slug. Left empty, it is made from `from` (usually the title), so
 * editors never have to think about URLs, but can set one that stays put after a rename.
 */
export function slugField(from = 'title', overrides: Partial<TextField> = {}): TextField {
  // From the field beside it: in an array row (a guide's chapter), the row's title, not the document's.
  const fillFromTitle: FieldHook = ({ value, siblingData }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value);
    const source = siblingData?.[from];
    return typeof source === 'string' ? slugify(source) : value;
  };
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'The end of the page address. Leave empty to make it from the title.',
    },
    hooks: { beforeValidate: [fillFromTitle] },
    validate: (value: unknown) => (matches(SLUG, value) ? true : SLUG.editorMessage),
    ...overrides,
  } as TextField;
}

/**
 * The slug of a council's document: unique within its council (two councils can both have
 * "staying-put"), by a compound index on (council, slug) and, with a message naming the
 * clash, by this check before the database is asked.
 */
export function councilSlugField(from = 'title'): TextField {
  const base = slugField(from, { unique: false });
  const check = base.validate as (value: unknown) => true | string;
  return {
    ...base,
    // A copy can't keep the slug in the same council: "staying-put" becomes "staying-put-copy-x7k2".
    hooks: {
      ...base.hooks,
      beforeDuplicate: [({ value }) => (typeof value === 'string' && value ? `${value}-copy-${Math.random().toString(36).slice(2, 6)}` : value)],
    },
    validate: async (value: unknown, options: { req: PayloadRequest; data: { council?: unknown }; id?: number | string; collectionSlug?: string }) => {
      const format = check(value);
      if (format !== true) return format;
      const council = options.data?.council;
      const councilId = council && typeof council === 'object' ? (council as { id?: unknown }).id : council;
      if (councilId === undefined || councilId === null || !options.collectionSlug) return true;
      const { totalDocs } = await options.req.payload.count({
        collection: options.collectionSlug as 'offers',
        where: {
          and: [{ council: { equals: councilId } }, { slug: { equals: value } }, ...(options.id !== undefined ? [{ id: { not_equals: options.id } }] : [])],
        },
        overrideAccess: true,
        req: options.req,
      });
      return totalDocs ? `Another page of this council already uses "${String(value)}". Choose a different slug.` : true;
    },
  } as TextField;
}

/** The database's half of `councilSlugField`. */
export const COUNCIL_SLUG_INDEX = { fields: ['council', 'slug'], unique: true };
