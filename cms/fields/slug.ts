import type { FieldHook, TextField } from 'payload';
import { matches, SLUG } from '@content/model/patterns';

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

/**
 * A unique, URL-safe slug. Left empty, it is made from `from` (usually the title), so
 * editors never have to think about URLs, but can set one that stays put after a rename.
 */
export function slugField(from = 'title', overrides: Partial<TextField> = {}): TextField {
  const fillFromTitle: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value);
    const source = data?.[from];
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
