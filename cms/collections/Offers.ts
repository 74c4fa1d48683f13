import type { CollectionConfig, Field } from 'payload';
import { coWriters, publishedOrSignedIn, staffOrAdmin } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { COUNCIL_SLUG_INDEX, councilSlugField } from '@cms/fields/slug';
import { summaryField } from '@cms/fields/summary';
import { uuidField } from '@cms/fields/uuid';
import { LIMITS } from '@content/model/patterns';
import { EASY_READ_PICTURE_NAMES, EASY_READ_PICTURES, EASY_READ_SENTENCE_MAX } from '@content/model/easyRead';
import { validateUrlField } from '@content/model/urlRule';
import {
  AMOUNT_TYPE,
  CARE_STATUS,
  CIRCUMSTANCE,
  cmsOptions,
  COMPARISON_ITEM,
  LEGAL_STATUS,
  LIVING_ELSEWHERE_VOCABULARY,
  NATIONAL_BASIS,
  OFFER_KIND,
  PERIOD,
} from '@content/model/vocabularies';
import { signedInVersions } from '@cms/access/readVersions';
import { staffFillInField } from '@cms/access/youngEditors';

/** An amount in pounds and how often it is paid, shown when the amount is money (offers, entitlements, local details). */
export function moneyFields(): Field[] {
  return [
    {
      name: 'value',
      label: 'Amount (£)',
      type: 'number',
      min: 0,
      admin: { condition: (_, sibling) => sibling?.type === 'money' },
      validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
        siblingData.type !== 'money' || typeof value === 'number' ? true : 'Enter the amount in pounds.',
    },
    { name: 'period', type: 'select', options: cmsOptions(PERIOD), admin: { condition: (_, sibling) => sibling?.type === 'money' } },
  ];
}

/**
 * The Easy Read version of the page (issue 21, part 6; `@content/model/easyRead`): short
 * sentences, each beside a picture, with who checked it and the date of the page it was written
 * from. A variant of the page in English, not a language, so it is not localized. Empty (no
 * sentences): the page has no Easy Read version, and never falls back to the standard page.
 */
export function easyReadField(): Field {
  return {
    name: 'easyRead',
    label: 'Easy Read',
    type: 'group',
    admin: { description: 'Short sentences, each beside a picture. Leave empty if this page has no Easy Read version (at least 3 sentences make one).' },
    fields: [
      {
        name: 'sentences',
        type: 'array',
        labels: { singular: 'Sentence', plural: 'Sentences' },
        fields: [
          { name: 'text', type: 'text', required: true, maxLength: EASY_READ_SENTENCE_MAX },
          { name: 'picture', type: 'select', required: true, options: EASY_READ_PICTURE_NAMES.map((value) => ({ value, label: EASY_READ_PICTURES[value] })) },
        ],
      },
      { name: 'checkedBy', label: 'Checked by', type: 'text', admin: { description: 'Who checked it with people who use Easy Read. Empty: not checked yet.' } },
      { name: 'basedOn', label: 'Based on the page as it was on', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    ],
  };
}

/**
 * The fields that say what an entitlement or offer is, who can get it, how much, how to get
 * it and what to do if refused: shared by a council's offers and the national entitlements
 * (`Entitlements`), so both are written, checked and exported the same way.
 */
export function offerFields({ slug, kind }: { slug: Field; kind: boolean }): Field[] {
  const fields: Field[] = [
    { name: 'title', type: 'text', required: true },
    slug,
    uuidField(),
    summaryField(),
    { name: 'body', type: 'richText', required: true },
    { name: 'area', type: 'relationship', relationTo: 'areas', required: true, admin: { position: 'sidebar' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'local',
      options: cmsOptions(OFFER_KIND),
      admin: { position: 'sidebar' },
    },
    {
      name: 'legalStatus',
      label: 'Status in law',
      type: 'select',
      required: true,
      defaultValue: 'in-force',
      options: cmsOptions(LEGAL_STATUS),
      admin: {
        position: 'sidebar',
        description: 'Announced: the government has said it will happen, but it is not in force yet. The site never shows it as settled.',
      },
    },
    {
      name: 'livingElsewhere',
      label: 'Can care leavers living outside the area get it?',
      type: 'select',
      required: true,
      defaultValue: 'applies',
      options: cmsOptions(LIVING_ELSEWHERE_VOCABULARY),
      admin: { position: 'sidebar' },
    },
    {
      name: 'eligibility',
      label: 'Who can get it',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'ageFrom', type: 'number', min: LIMITS.age.min, max: LIMITS.age.max },
            {
              name: 'ageTo',
              type: 'number',
              min: LIMITS.age.min,
              max: LIMITS.age.max,
              validate: (value: unknown, { siblingData }: { siblingData: { ageFrom?: number | null } }) =>
                value == null || siblingData.ageFrom == null || (value as number) >= siblingData.ageFrom
                  ? true
                  : 'The upper age must not be below the lower age.',
            },
          ],
        },
        {
          name: 'careStatus',
          type: 'select',
          hasMany: true,
          options: cmsOptions(CARE_STATUS),
          admin: { description: 'Leave empty if any care leaver can get it.' },
        },
        {
          name: 'circumstances',
          type: 'select',
          hasMany: true,
          options: cmsOptions(CIRCUMSTANCE),
          admin: { description: 'Leave empty if it is for everyone; otherwise only for young people in one of these.' },
        },
        { name: 'notes', type: 'textarea' },
      ],
    },
    {
      name: 'amount',
      type: 'group',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: cmsOptions(AMOUNT_TYPE),
        },
        {
          type: 'row',
          fields: [
            ...moneyFields(),
            {
              name: 'nationalMinimum',
              label: 'National figure (£)',
              type: 'number',
              min: 0,
              admin: { condition: (_, sibling) => sibling?.type === 'money' },
            },
            {
              name: 'nationalBasis',
              label: 'What the national figure is',
              type: 'select',
              options: cmsOptions(NATIONAL_BASIS),
              admin: { condition: (_, sibling) => sibling?.type === 'money' && sibling?.nationalMinimum != null },
              validate: (value: unknown, { siblingData }: { siblingData: { nationalMinimum?: number | null } }) =>
                siblingData?.nationalMinimum == null || value ? true : 'Say what the national figure is: set in law, a legal minimum, or recommended.',
            },
          ],
        },
        { name: 'note', type: 'text' },
      ],
    },
    {
      name: 'howToGet',
      label: 'How to get it',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Step', plural: 'Steps' },
      fields: [{ name: 'step', type: 'text', required: true }],
    },
    { name: 'whoToAsk', type: 'text', required: true },
    { name: 'ifRefused', label: 'What to do if you are refused', type: 'textarea', required: true },
    staffFillInField({
      name: 'legalBasis',
      label: 'Legal basis or source',
      type: 'text',
      required: true,
      admin: { description: 'The law or policy this comes from. Staff fill this in when they approve.' },
    }),
    {
      name: 'sourceUrl',
      label: 'Source (web address)',
      type: 'text',
      validate: validateUrlField('web', 'The source'),
      admin: { description: 'The page the legal basis or figures come from, starting with https://' },
    },
    {
      type: 'row',
      fields: [
        staffFillInField({ name: 'lastReviewed', type: 'date', required: true, admin: { description: 'Staff fill this in when they approve.', date: { pickerAppearance: 'dayOnly' } } }),
        staffFillInField({ name: 'nextReview', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }),
      ],
    },
    {
      name: 'compareAs',
      label: 'Compare with other councils as',
      type: 'select',
      options: cmsOptions(COMPARISON_ITEM),
      admin: {
        position: 'sidebar',
        description: '"How councils compare" puts this offer beside other councils\' offers of the same kind, with its amount, ages and last review.',
      },
    },
    easyReadField(),
  ];
  return fields.filter((field) => kind || !('name' in field && field.name === 'kind'));
}

/**
 * A council's offer: a local service, or (in databases upgraded from one council) a national
 * entitlement written out locally. New national entitlements live in `Entitlements`, and a
 * council adds its local part of one in `LocalDetails`.
 */
export const Offers: CollectionConfig = withCoWriting({
  slug: 'offers',
  indexes: [COUNCIL_SLUG_INDEX],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'area', 'kind', '_status', 'nextReview'],
    group: 'Content',
  },
  access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: coWriters, update: coWriters, delete: staffOrAdmin },
  fields: offerFields({ slug: councilSlugField(), kind: true }),
}, {
  summary: (data) => data.summary as string | undefined,
  body: (data) => data.body,
  targets: { summary: 60, body: 60 },
});
