import { type CollectionBeforeChangeHook, type Field } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { idOf } from '@cms/access/roles';
import { councilOfDocument, translatorOf } from '@cms/access/translators';
import { STORED_LOCALES } from '@content/model/locales';

const refuse = (message: string): never => {
  throw new PublicError(message, 403);
};

/** Fields Payload itself keeps (dates of the save) or that hooks after this one work out. */
const SYSTEM = new Set(['id', 'createdAt', 'updatedAt']);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The paths of shared (not localized) fields whose value `data` changes from `original`,
 * through groups, tabs, rows and each array row (rows are shared: a translation has the
 * English rows, each in its own words, so adding, removing or moving a row is a change).
 */
export function sharedChanges(fields: readonly Field[], data: Record<string, unknown>, original: Record<string, unknown>, prefix = ''): string[] {
  const changes: string[] = [];
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      changes.push(...sharedChanges(field.fields, data, original, prefix));
      continue;
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          changes.push(...sharedChanges(tab.fields, asRecord(data[tab.name]), asRecord(original[tab.name]), `${prefix}${tab.name}.`));
        } else changes.push(...sharedChanges(tab.fields, data, original, prefix));
      }
      continue;
    }
    if (!('name' in field) || field.type === 'ui' || SYSTEM.has(field.name)) continue;
    const path = `${prefix}${field.name}`;
    if (!(field.name in data)) continue;
    if ('localized' in field && field.localized) continue;
    const next = data[field.name];
    const before = original[field.name];
    if (field.type === 'group') {
      changes.push(...sharedChanges(field.fields, asRecord(next), asRecord(before), `${path}.`));
    } else if (field.type === 'array') {
      const rows = Array.isArray(next) ? next : [];
      const beforeRows = Array.isArray(before) ? before : [];
      if (rows.length !== beforeRows.length || rows.some((row, i) => asRecord(row).id !== undefined && String(asRecord(row).id) !== String(asRecord(beforeRows[i]).id))) {
        changes.push(path);
        continue;
      }
      rows.forEach((row, i) => changes.push(...sharedChanges(field.fields, asRecord(row), asRecord(beforeRows[i]), `${path}.${i}.`)));
    } else if (field.type === 'relationship' || field.type === 'upload') {
      const ids = (value: unknown) => (Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' && 'relationTo' in v ? v : idOf(v))) : value && typeof value === 'object' && 'relationTo' in value ? value : idOf(value));
      if (!same(ids(next), ids(before))) changes.push(path);
    } else if (!same(next, before)) changes.push(path);
  }
  return changes;
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * A translator's write (`@cms/access/translators`), checked on the server for REST, GraphQL and
 * the Local API whatever access said: an update, in their language, of a document of their
 * council (or national content, for a national translator), changing only that language's text.
 * Runs first, before other hooks fill in fields of their own.
 */
export const translatorWritesTextOnly: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req, context }) => {
  const translator = translatorOf(req.user);
  if (!translator || context?.seeding) return data;
  const language = STORED_LOCALES[translator.language].name;
  if (operation !== 'update' || !originalDoc) return refuse('A translator changes the text of documents that exist; they don’t add documents.');
  if (req.locale !== translator.language) {
    return refuse(`You translate into ${language} (${translator.language}) only: choose that language to change the text.`);
  }
  const council = councilOfDocument(collection.slug, originalDoc);
  if (String(council) !== String(translator.council)) {
    return refuse(translator.council === null ? 'You translate the national content only.' : 'You translate only your council’s documents.');
  }
  const changed = sharedChanges(collection.fields, data, originalDoc);
  if (changed.length) {
    return refuse(`A translator changes only the ${language} text. "${changed[0]}" is the same in every language: ask a member of staff to change it.`);
  }
  return data;
};
