import { ValidationError, type CollectionBeforeChangeHook, type Field } from 'payload';
import { idOf } from '@cms/access/roles';
import { isCouncilScoped, type CouncilScoped } from '@cms/collections/councilScoped';

type Id = number | string;
/** One relationship value in a document: where it is (`chapters.0.relatedOffers`), its label, and what it points to. */
type Relation = { path: string; label: string; collection: CouncilScoped; ids: Id[] };

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const labelOf = (field: { name: string; label?: unknown }) =>
  typeof field.label === 'string' ? field.label : field.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/** The ids one relationship value holds for `collection` (a single id, a list, or polymorphic `{ relationTo, value }`). */
function idsIn(value: unknown, collection: string, polymorphic: boolean): Id[] {
  return (Array.isArray(value) ? value : [value])
    .map((item) => {
      if (!polymorphic) return idOf(item);
      const { relationTo, value: target } = asRecord(item);
      return relationTo === collection ? idOf(target) : null;
    })
    .filter((id): id is Id => id !== null);
}

/**
 * Every relationship in `data` that points to a council's documents, through arrays, groups,
 * rows, collapsibles, tabs and blocks: what a council's document may only point to within
 * its own council.
 */
export function councilRelations(fields: Field[], data: unknown, prefix = ''): Relation[] {
  const doc = asRecord(data);
  return fields.flatMap((field): Relation[] => {
    if (field.type === 'relationship') {
      const targets = [field.relationTo].flat().filter(isCouncilScoped);
      const polymorphic = Array.isArray(field.relationTo);
      return targets.map((collection) => ({
        path: `${prefix}${field.name}`,
        label: labelOf(field),
        collection,
        ids: idsIn(doc[field.name], collection, polymorphic),
      }));
    }
    if (field.type === 'row' || field.type === 'collapsible') return councilRelations(field.fields, doc, prefix);
    if (field.type === 'group') {
      return 'name' in field && field.name ? councilRelations(field.fields, doc[field.name], `${prefix}${field.name}.`) : councilRelations(field.fields, doc, prefix);
    }
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? councilRelations(tab.fields, doc[tab.name], `${prefix}${tab.name}.`) : councilRelations(tab.fields, doc, prefix)));
    }
    if (field.type === 'array') {
      const rows = Array.isArray(doc[field.name]) ? (doc[field.name] as unknown[]) : [];
      return rows.flatMap((row, i) => councilRelations(field.fields, row, `${prefix}${field.name}.${i}.`));
    }
    if (field.type === 'blocks') {
      const rows = Array.isArray(doc[field.name]) ? (doc[field.name] as unknown[]) : [];
      return rows.flatMap((row, i) => {
        const block = field.blocks.find((b) => b.slug === asRecord(row).blockType);
        return block ? councilRelations(block.fields, row, `${prefix}${field.name}.${i}.`) : [];
      });
    }
    return [];
  });
}

/**
 * A council's document points only to its own council's documents (a guide chapter's or a
 * local part's related offers): the site would drop another council's, and an editor must
 * not be able to link (or learn of) them. The admin's picker offers only the document's
 * council's (the multi-tenant plugin's `filterOptions` on every such field); this is the rule
 * on the server, for every save, drafts included (Payload checks `filterOptions` only when
 * publishing). It runs when a relation gains a document, when the document moves council,
 * and on every publish; a save that changes neither (an unpublish) goes ahead. An id that
 * doesn't exist gets the same answer as another council's, so nobody can probe for them.
 */
export const sameCouncilRelations: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const before = asRecord(originalDoc);
  const merged = { ...before, ...data };
  const council = idOf(merged.council);
  const relations = councilRelations(collection.fields, merged).filter((r) => r.ids.length);
  if (!relations.length) return data;
  const moved = String(idOf(before.council)) !== String(council);
  const publishing = data._status === 'published';
  const had = new Set(councilRelations(collection.fields, before).flatMap((r) => r.ids.map((id) => `${r.collection}:${id}`)));
  const toCheck = moved || publishing ? relations : relations.filter((r) => r.ids.some((id) => !had.has(`${r.collection}:${id}`)));
  const errors: { path: string; message: string }[] = [];
  for (const relation of toCheck) {
    const found = council === null
      ? { docs: [] }
      : await req.payload.find({
          collection: relation.collection,
          where: { and: [{ id: { in: relation.ids } }, { council: { equals: council } }] },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          draft: true,
          req,
          select: { council: true },
        });
    const ours = new Set(found.docs.map((doc) => String(doc.id)));
    if (relation.ids.every((id) => ours.has(String(id)))) continue;
    errors.push({
      path: relation.path,
      message: `${relation.label}: only this council’s own can be chosen. One of them belongs to another council or no longer exists: take it out.`,
    });
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req });
  return data;
};
