import type { Field } from 'payload';
import { staffFillInField } from '@cms/access/youngEditors';
import { CIRCUMSTANCE, cmsOptions } from '@content/model/vocabularies';
import { validateUrlField } from '@content/model/urlRule';

/**
 * The fields every guide chapter has, national (`guide-chapters`) or a council's own (a
 * chapter of its `guides`): what it rests on, where its facts come from, the situations it
 * answers and when it is checked again. The content model's `chapterSchema` is the same list.
 */
export function chapterFactsFields(): Field[] {
  return [
    staffFillInField({
      name: 'legalBasis',
      label: 'Legal basis',
      type: 'textarea',
      admin: { description: 'The law or national guidance this chapter rests on, e.g. "Children Act 1989, section 26". Staff fill this in when they approve.' },
    }),
    {
      name: 'sources',
      type: 'array',
      labels: { singular: 'Source', plural: 'Sources' },
      admin: { description: 'Where the facts come from: a title and a web address each.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true },
            { name: 'url', label: 'Web address', type: 'text', required: true, validate: validateUrlField('web', 'The source’s address') },
          ],
        },
      ],
    },
    {
      name: 'circumstances',
      label: 'Situations it answers',
      type: 'select',
      hasMany: true,
      options: cmsOptions(CIRCUMSTANCE),
      admin: { description: 'The checker and search show this chapter to someone in these situations. Leave empty for everyone.' },
    },
    {
      type: 'row',
      fields: [
        // Like an offer's: staff fill them in when they approve (`staffFillInField`), a young editor isn't asked.
        staffFillInField({ name: 'lastReviewed', type: 'date', admin: { description: 'Staff fill this in when they approve.', date: { pickerAppearance: 'dayOnly' } } }),
        staffFillInField({ name: 'nextReview', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }),
      ],
    },
  ];
}
