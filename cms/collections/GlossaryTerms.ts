import type { CollectionConfig, Field } from 'payload';
import type { PlainEnglishSource } from '@cms/hooks/scorePlainEnglish';
import { platformEditors, publishedOrSignedIn } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { slugField } from '@cms/fields/slug';
import { signedInVersions } from '@cms/access/readVersions';

/** How a term's meaning is scored for plain English. */
export const GLOSSARY_PLAIN_ENGLISH: PlainEnglishSource = {
  summary: (data) => data.meaning as string | undefined,
  body: () => null,
  targets: { summary: 60, body: 60 },
};

/** The jargon buster: words care leavers meet, each explained in one or two plain sentences. */
export const GlossaryTerms: CollectionConfig = withCoWriting({
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'meaning'], group: 'Content' },
  access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: platformEditors, update: platformEditors, delete: platformEditors },
  defaultSort: 'term',
  fields: glossaryFields(slugField('term')),
}, GLOSSARY_PLAIN_ENGLISH);

/** A glossary term's fields (national and local terms alike), with the slug rule given. */
export function glossaryFields(slug: Field): Field[] {
  return [
    { name: 'term', type: 'text', required: true },
    slug,
    { name: 'meaning', type: 'textarea', required: true, maxLength: 400 },
    {
      name: 'aliases',
      type: 'array',
      admin: { description: 'Other ways people write it, e.g. "PA" for Personal Adviser.' },
      fields: [{ name: 'alias', type: 'text', required: true }],
    },
  ];
}
