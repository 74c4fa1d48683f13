import type { FieldHook, TextField } from 'payload';
import { isUuid, newUuid } from '@content/model/uuid';

/**
 * The document's open-data id (issue 12): a UUID made when the document is created and never
 * changed after, whatever else is edited (title, slug, council details) and however often it
 * is republished. Open Referral UK feeds name services, councils and terms by it. A new
 * document may bring a valid UUID of its own (an import); otherwise one is made. A copy
 * ("Duplicate") gets a new one. Nobody edits it: the field is read-only in the admin, and the
 * server keeps the stored id whatever an update sends.
 */
export function uuidField(): TextField {
  const keep: FieldHook = ({ value, originalDoc, operation }) => {
    const stored = (originalDoc as { uuid?: unknown } | undefined)?.uuid;
    if (isUuid(stored)) return stored;
    if (operation === 'create' && isUuid(value)) return value.toLowerCase();
    return newUuid();
  };
  return {
    name: 'uuid',
    label: 'Open data ID',
    type: 'text',
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Names this in open data (Open Referral UK). Made once; it never changes.',
    },
    hooks: { beforeValidate: [keep], beforeChange: [keep], beforeDuplicate: [() => newUuid()] },
    validate: (value: unknown) => (value === undefined || value === null || isUuid(value) ? true : 'The open data ID must be a UUID.'),
  };
}
