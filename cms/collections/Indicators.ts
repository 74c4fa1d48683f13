import type { CollectionConfig } from 'payload';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { anyone, staffOrAdmin } from '@cms/access';
import { COUNCIL_SLUG_INDEX, councilSlugField } from '@cms/fields/slug';
import { enforceCouncilRole } from '@cms/hooks/enforceCouncilRole';
import { cmsOptions, INDICATOR_UNIT, PLACE_KIND } from '@content/model/vocabularies';

/** Outcome figures ("in touch", EET, suitable accommodation) by period, for the council and comparators. */
export const Indicators: CollectionConfig = withSiteRebuild({
  slug: 'indicators',
  indexes: [COUNCIL_SLUG_INDEX],
  admin: { useAsTitle: 'title', group: 'Content' },
  access: { read: anyone, create: staffOrAdmin, update: staffOrAdmin, delete: staffOrAdmin },
  // Create can't be narrowed by a query: staff of the council it goes into (not just somewhere).
  hooks: { beforeChange: [enforceCouncilRole(['staff'])] },
  fields: [
    { name: 'title', type: 'text', required: true },
    councilSlugField(),
    { name: 'description', type: 'textarea', required: true },
    { name: 'unit', type: 'select', required: true, defaultValue: 'percent', options: cmsOptions(INDICATOR_UNIT) },
    {
      name: 'figures',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'period', type: 'text', required: true, admin: { description: 'e.g. 2015-16' } },
            { name: 'place', type: 'text', required: true },
            {
              name: 'placeKind',
              type: 'select',
              required: true,
              options: cmsOptions(PLACE_KIND),
            },
            { name: 'value', type: 'number', required: true },
          ],
        },
        {
          name: 'registeredCouncil',
          label: 'Council (from the register)',
          type: 'relationship',
          relationTo: 'council-register',
          admin: { description: 'For a council\'s figure: which council, from the register of councils.' },
          validate: (value: unknown, { siblingData }: { siblingData?: { placeKind?: string } }) =>
            siblingData?.placeKind === 'council' && (value === null || value === undefined || value === '')
              ? 'A council\'s figure needs its council: choose it from the register of councils.'
              : true,
        },
        { name: 'isDemo', type: 'checkbox', defaultValue: false, admin: { description: 'Invented for the demo; the site labels it.' } },
        { name: 'source', type: 'text', required: true },
      ],
    },
  ],
});
