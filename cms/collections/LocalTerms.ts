import type { CollectionConfig } from 'payload';
import { coWriters, publishedOrSignedIn, staffOrAdmin } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { COUNCIL_SLUG_INDEX, councilSlugField } from '@cms/fields/slug';
import { GLOSSARY_PLAIN_ENGLISH, glossaryFields } from '@cms/collections/GlossaryTerms';
import { signedInVersions } from '@cms/access/readVersions';

/**
 * A council's own glossary terms: words used only there (a local scheme's or team's name),
 * shown on its site with the national glossary. A local term with the same short name as a
 * national one explains it the local way on that council's site.
 */
export const LocalTerms: CollectionConfig = withCoWriting({
  slug: 'local-terms',
  labels: { singular: 'Local glossary term', plural: 'Local glossary' },
  indexes: [COUNCIL_SLUG_INDEX],
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'meaning', '_status'], group: 'Content' },
  access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: coWriters, update: coWriters, delete: staffOrAdmin },
  defaultSort: 'term',
  fields: glossaryFields(councilSlugField('term')),
}, GLOSSARY_PLAIN_ENGLISH);
