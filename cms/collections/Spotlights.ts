import type { CollectionConfig, Field } from 'payload';
import { platformEditors } from '@cms/access';
import {
  checkLibrarySubmission,
  createSpotlights,
  defaultLibraryCouncils,
  guardLibrary,
  libraryCouncilOptions,
  readSpotlights,
  readSpotlightVersions,
  updateSpotlights,
} from '@cms/access/library';
import { checkLibraryImage, libraryImageOptions } from '@cms/access/libraryMedia';
import { withCoWriting } from '@cms/collections/coWriting';
import { requireImageConsent } from '@cms/hooks/requireImageConsent';
import { slugField } from '@cms/fields/slug';
import { summaryField } from '@cms/fields/summary';
import { isMilestoneUnit, LIBRARY_SUBMISSION, LIMITS, MILESTONE_UNIT } from '@content/model/patterns';
import { cmsOptions, OUTCOME_KIND, SPOTLIGHT_THEME } from '@content/model/vocabularies';
import { validateUrlField } from '@content/model/urlRule';


/** A figure of a spotlight, an outcome or a fact about the project: label, value, unit (never a year) and period. */
function figureFields(unitDescription: string): Field[] {
  return [
    { name: 'label', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', required: true },
        {
          name: 'unit',
          type: 'text',
          required: true,
          admin: { description: unitDescription },
          validate: (value: unknown) => (typeof value === 'string' && isMilestoneUnit(value) ? MILESTONE_UNIT.editorMessage : true),
        },
        { name: 'period', type: 'text' },
      ],
    },
  ];
}

/**
 * Practice spotlights, the national practice library: what a council did, with whom, and
 * the outcomes, for other councils to learn from. Platform editors moderate it; staff of a
 * council on the platform submit and update their own council's spotlights through the
 * review (`@cms/access/library`).
 */
export const Spotlights: CollectionConfig = withCoWriting({
  slug: 'spotlights',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'councils', 'reviewState', '_status'], group: 'Content' },
  access: { read: readSpotlights, readVersions: readSpotlightVersions, create: createSpotlights, update: updateSpotlights, delete: platformEditors },
  hooks: { beforeOperation: [guardLibrary], beforeChange: [checkLibrarySubmission, checkLibraryImage, requireImageConsent(['image'])] },
  fields: [
    {
      name: 'councils',
      label: 'Council',
      type: 'relationship',
      relationTo: 'council-register',
      hasMany: true,
      required: true,
      minRows: 1,
      filterOptions: libraryCouncilOptions,
      defaultValue: defaultLibraryCouncils,
      admin: { description: 'Whose work this is, from the register of councils. A joint service names each council.' },
    },
    { name: 'title', type: 'text', required: true },
    slugField(),
    summaryField(LIMITS.spotlightSummary, { admin: { description: 'At most 60 words: what they did and what changed.' } }),
    { name: 'themes', type: 'select', hasMany: true, required: true, options: cmsOptions(SPOTLIGHT_THEME) },
    { name: 'team', type: 'text' },
    { name: 'partners', type: 'array', fields: [{ name: 'name', type: 'text', required: true }] },
    {
      name: 'contactRole',
      type: 'text',
      required: true,
      admin: { description: 'A job title and council, never a person\'s name, e.g. "Head of Service, Corporate Parenting, London Borough of Merton".' },
    },
    {
      name: 'contact',
      label: 'How to reach the team',
      type: 'group',
      admin: { description: 'The organisation\'s own web page, email or phone number, never a person\'s: give at least one.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'website', label: 'Web page', type: 'text', validate: validateUrlField('web', 'The web page') },
            { name: 'email', type: 'email' },
            { name: 'phone', type: 'text' },
          ],
        },
      ],
    },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'outcomes',
      type: 'array',
      labels: { singular: 'Outcome', plural: 'Outcomes' },
      fields: [
        ...figureFields('GBP, %, young people, months… A year or a date is a milestone, not an outcome.'),
        {
          name: 'kind',
          label: 'What it is about',
          type: 'select',
          options: cmsOptions(OUTCOME_KIND),
          admin: { description: 'So the library can put figures about the same thing side by side.' },
        },
      ],
    },
    {
      name: 'facts',
      type: 'array',
      labels: { singular: 'Fact about the project', plural: 'About the project' },
      admin: {
        description: 'The project\'s size and shape, not what it achieved: bedrooms, homes, staff, how often it meets, who it is for. Shown apart from the outcomes, and never beside other spotlights\' outcomes.',
      },
      fields: [
        ...figureFields('bedrooms, posts, weeks, years… A year or a date is a milestone.'),
      ],
    },
    {
      name: 'milestones',
      type: 'array',
      labels: { singular: 'Milestone', plural: 'Milestones' },
      admin: { description: 'What happened when, in the source\'s words ("November 2024", "late 2019").' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true },
            { name: 'when', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'source',
      type: 'group',
      fields: [
        {
          name: 'collection',
          type: 'text',
          required: true,
          defaultValue: LIBRARY_SUBMISSION,
          admin: { description: 'The published collection it comes from. A council\'s own submission says "National practice library".' },
        },
        { name: 'year', type: 'number', min: LIMITS.sourceYear.min, max: LIMITS.sourceYear.max, admin: { description: 'Only if the source states its year.' } },
      ],
    },
    { name: 'lastReviewed', label: 'Last checked against the source', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      // The platform's images and the spotlight's councils' own (`checkLibraryImage` holds it on the server).
      filterOptions: libraryImageOptions,
      admin: { description: 'A platform image, or one your council uploaded. Once published it is on every council’s site, and only a platform moderator can change it.' },
    },
  ],
}, {
  summary: (data) => data.summary as string | undefined,
  body: (data) => data.body,
  // Written for other councils' staff: a little more room than pages for care leavers.
  targets: { summary: 50, body: 50 },
});
