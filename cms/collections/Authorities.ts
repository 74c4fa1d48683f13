import { PublicError } from '@cms/lib/publicError';
import {
  APIError,
  ValidationError,
  type Access,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FieldAccess,
  type PayloadRequest,
} from 'payload';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { adminOnly, anyone, councilsWhere, idOf, isPlatformAdmin } from '@cms/access';
import { slugField, slugify } from '@cms/fields/slug';
import { uuidField } from '@cms/fields/uuid';
import { wherePaths } from '@cms/hooks/guardQueries';
import { matches, ONS_CODE, SLUG } from '@content/model/patterns';
import { findOverlap, libraryAddresses, overlapMessage, siteEntry } from '@content/model/siteAddresses';
import { LIBRARY_KEY } from '@content/model/sitePlan';
import { validateUrlField } from '@content/model/urlRule';
import { STORED_LOCALES, TRANSLATION_LOCALE_IDS } from '@content/model/locales';

/** Fields only the system writes (overrideAccess). */
const nobody: FieldAccess = () => false;

/**
 * A council's identity: its name, short name, ONS code, public address, place in the register
 * and whether it is a demo. The platform admin's to set (issue 18, finding 2: a council's staff
 * could give their council another council's address, name or ONS code, or the library's
 * address). Staff see them read-only and keep the rest of their council's details up to date.
 */
const platformAdminsOnly: FieldAccess = ({ req: { user } }) => isPlatformAdmin(user);

/** The last build's status and messages: platform admins and the council's own staff (finding 12). */
const councilStaffField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (isPlatformAdmin(user)) return true;
  const council = idOf(doc) ?? id;
  return council !== null && council !== undefined && councilsWhere(user, 'staff').map(String).includes(String(council));
};

type CouncilIdentity = { id?: number | string; name?: string | null; slug?: string | null; siteUrl?: string | null; onsCode?: string | null; registeredCouncil?: unknown };

/** Names compared as people read them: case, spaces and "&"/"and" aside. */
const sameName = (a: string, b: string) => {
  const plain = (name: string) => name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
  return plain(a) === plain(b);
};

async function otherCouncils(req: PayloadRequest, id: unknown) {
  const { docs } = await req.payload.find({
    collection: 'authorities',
    where: id !== undefined && id !== null ? { id: { not_equals: id } } : {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true, slug: true, siteUrl: true },
  });
  return docs;
}

/**
 * No two councils with one name, and no council's site where another's is: the same host and
 * path, or one inside the other's on the same host, the practice library's included (the one
 * rule, `@content/model/siteAddresses`, which the build's site directory applies too). Checked
 * when a council is added or its name, short name or address changes. A link to the register
 * left empty is filled from the ONS code; after that it is stored, and only a platform admin
 * changes it.
 */
const checkIdentity: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const before = (originalDoc ?? {}) as CouncilIdentity;
  const next = data as CouncilIdentity;
  // Only what this person may set counts (field access keeps the rest as it was).
  const sets = !req.user || isPlatformAdmin(req.user);
  const value = <K extends keyof CouncilIdentity>(key: K): CouncilIdentity[K] => (sets && next[key] !== undefined ? next[key] : before[key]);
  const name = value('name') ?? '';
  const slug = value('slug') || slugify(name);
  const siteUrl = value('siteUrl') ?? null;
  const changed = operation === 'create' || name !== before.name || slug !== (before.slug || slugify(before.name ?? '')) || (siteUrl ?? null) !== (before.siteUrl ?? null);
  if (changed) {
    const others = await otherCouncils(req, before.id);
    const errors: { path: string; message: string }[] = [];
    const namesake = others.find((other) => other.name && sameName(other.name, name));
    if (namesake) errors.push({ path: 'name', message: `Another council is already called "${namesake.name}". Each council needs a name of its own.` });
    const sites = [
      ...others.map((other) => siteEntry({ slug: other.slug || slugify(other.name ?? ''), id: String(other.id), name: other.name ?? '', siteUrl: other.siteUrl })),
      ...libraryAddresses().map((url) => siteEntry({ slug: LIBRARY_KEY, id: LIBRARY_KEY, name: 'the national practice library', siteUrl: url, kind: 'library' })),
    ];
    const clash = findOverlap(siteEntry({ slug, id: String(before.id ?? 'new'), name, siteUrl }), sites);
    if (clash) errors.push({ path: clash.at.host === `${slug}.localhost` ? 'slug' : 'siteUrl', message: overlapMessage(`This council’s site`, clash) });
    if (errors.length) throw new ValidationError({ collection: 'authorities', errors, req });
  }
  if (sets && !value('registeredCouncil') && value('onsCode')) {
    const { docs } = await req.payload.find({ collection: 'council-register', where: { onsCode: { equals: value('onsCode') } }, depth: 0, limit: 1, overrideAccess: true, req, select: { onsCode: true } });
    if (docs[0]) next.registeredCouncil = docs[0].id;
  }
  return data;
};

/**
 * The complaints contact is required of every person who saves a council's settings. The
 * system's own writes (a build's status, the import) are not people: a council upgraded
 * without one still builds, and its pages show the service's own contact until it is given.
 */
const requiredBySomeone =
  (label: string) =>
  (value: unknown, { req }: { req: PayloadRequest }): true | string =>
    !req.user || (typeof value === 'string' && value.trim()) ? true : `${label} is required: young people need it to make a complaint.`;

const complaintsEmail = (value: unknown, options: { req: PayloadRequest }): true | string => {
  const given = requiredBySomeone('The complaints email address')(value, options);
  if (given !== true || value === null || value === undefined || value === '') return given;
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? true : 'The complaints email address must look like name@example.gov.uk.';
};

/** Nobody but a platform admin filters or sorts councils by their build (a sorted list would say whose failed). */
const guardBuildQueries: CollectionBeforeOperationHook = ({ args, req }) => {
  if (isPlatformAdmin(req.user) || (args as { overrideAccess?: boolean }).overrideAccess) return args;
  const { where, sort } = args as { where?: unknown; sort?: unknown };
  const sorts = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((s) => String(s).trim().replace(/^-/, ''));
  if ([...wherePaths(where), ...sorts].some((path) => path === 'build' || path.startsWith('build.'))) {
    throw new PublicError('You can’t filter or sort councils by their site builds.', 403);
  }
  return args;
};

/** A council's settings: platform admins, and the council's own staff. */
const updateCouncil: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true;
  const ids = councilsWhere(user, 'staff');
  return ids.length ? { id: { in: ids } } : false;
};

/**
 * The councils on the platform (the tenants): each one's name, contacts and site address,
 * and how care leavers reach its leaving care service. Platform admins add and remove
 * councils; a council's staff keep its details up to date.
 */
export const Authorities: CollectionConfig = withSiteRebuild({
  slug: 'authorities',
  labels: { singular: 'Council', plural: 'Councils' },
  admin: { useAsTitle: 'name', group: 'Settings' },
  access: { read: anyone, create: adminOnly, update: updateCouncil, delete: adminOnly },
  hooks: { beforeOperation: [guardBuildQueries], beforeChange: [checkIdentity] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      access: { update: platformAdminsOnly },
      admin: { description: 'Set by a platform admin. No two councils share a name.' },
    },
    slugField('name', {
      access: { update: platformAdminsOnly },
      admin: {
        position: 'sidebar',
        description: 'The council’s short name in addresses: its site’s folder, and <short name>.localhost on this machine. Leave empty to make it from the name.',
      },
      // "library" is the national practice library's site's folder and address.
      validate: (value: unknown) =>
        !matches(SLUG, value) ? SLUG.editorMessage : value === LIBRARY_KEY ? 'The short name "library" is the practice library’s: choose another.' : true,
    }),
    uuidField(),
    {
      name: 'onsCode',
      label: 'ONS code',
      type: 'text',
      required: true,
      unique: true,
      access: { update: platformAdminsOnly },
      validate: (value: unknown) => (matches(ONS_CODE, value) ? true : ONS_CODE.editorMessage),
    },
    {
      name: 'registeredCouncil',
      label: 'In the register of councils',
      type: 'relationship',
      relationTo: 'council-register',
      unique: true,
      access: { update: platformAdminsOnly },
      admin: {
        position: 'sidebar',
        description: 'This council’s entry in the register: its staff submit practice spotlights for it. Filled from the ONS code when left empty; set by a platform admin.',
      },
    },
    {
      name: 'isDemo',
      type: 'checkbox',
      defaultValue: false,
      access: { update: platformAdminsOnly },
      admin: { description: 'Shows a "demo content" notice on every page.' },
    },
    { name: 'serviceName', type: 'text', required: true, defaultValue: 'Leaving care service' },
    { name: 'phone', type: 'text', required: true },
    { name: 'email', type: 'email', required: true },
    { name: 'address', type: 'textarea', required: true },
    { name: 'openingHours', type: 'text', required: true },
    {
      name: 'emergency',
      label: 'Out of hours and emergencies',
      type: 'group',
      fields: [
        { name: 'label', type: 'text', required: true, defaultValue: 'Out-of-hours emergency line' },
        { name: 'phone', type: 'text', required: true },
        { name: 'hours', type: 'text', required: true },
      ],
    },
    {
      name: 'languages',
      label: 'Languages besides English',
      type: 'select',
      hasMany: true,
      options: TRANSLATION_LOCALE_IDS.map((value) => ({ value, label: STORED_LOCALES[value].name })),
      admin: {
        description:
          'The languages this council’s site offers. A language goes live only when its interface text is complete and the urgent-help text ("Need help now?") is translated and checked.',
      },
    },
    { name: 'easyRead', label: 'Easy Read pages', type: 'checkbox', defaultValue: false, admin: { description: 'Show the Easy Read version of pages that have one.' } },
    {
      name: 'feedbackRetentionDays',
      label: 'Keep readers’ feedback for (days)',
      type: 'number',
      defaultValue: 365,
      min: 30,
      max: 3650,
      admin: { description: 'Feedback older than this is deleted every night (issue 22). Between 30 days and 10 years; empty: a year.' },
    },
    {
      name: 'closureDays',
      label: 'Days the office is closed',
      labels: { singular: 'Closure', plural: 'Closures' },
      type: 'array',
      admin: {
        description:
          'Days the leaving care office is closed besides weekends and bank holidays (England’s bank holidays are counted already), for example 24 December to 1 January. On these days "Need help now?" puts the out-of-hours line first and says the office is closed.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'firstDay', label: 'From', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'lastDay', label: 'To (empty: one day)', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
    {
      name: 'complaints',
      label: 'How to complain',
      type: 'group',
      admin: {
        description:
          'Where a young person makes a complaint about the leaving care service. Shown in the "How to complain" chapter and wherever a page says what to do if you are told no. Required.',
      },
      fields: [
        { name: 'phone', label: 'Complaints phone', type: 'text', validate: requiredBySomeone('The complaints phone number') },
        { name: 'email', label: 'Complaints email', type: 'text', validate: complaintsEmail },
        {
          name: 'formUrl',
          label: 'Online complaints form',
          type: 'text',
          validate: (value: unknown, options: { req: PayloadRequest }) => {
            const given = requiredBySomeone('The online complaints form’s address')(value, options);
            return given === true ? validateUrlField('web', 'The online complaints form’s address')(value) : given;
          },
          admin: { description: 'The web address of the council’s complaints form, starting with https://' },
        },
      ],
    },
    {
      name: 'website',
      type: 'text',
      validate: validateUrlField('web', 'The website'),
      admin: { description: 'The council\'s leaving care page, starting with https://' },
    },
    {
      name: 'siteUrl',
      label: 'This site\'s public address',
      type: 'text',
      access: { update: platformAdminsOnly },
      validate: validateUrlField('web', 'The site\'s address'),
      admin: {
        description:
          'Where this local offer is published, e.g. https://localoffer.council.gov.uk, or a path under an address shared with other councils. No other site may be at it, above it or inside it. Used in shared links and the sitemap; the build warns while it is empty. Set by a platform admin.',
      },
    },
    {
      name: 'build',
      label: 'Last site build',
      type: 'group',
      // For the people running the council's site (its staff, platform admins); never public, and written only by the builds.
      access: { read: councilStaffField, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', description: 'Publishing rebuilds this council’s site a few seconds later.' },
      fields: [
        {
          name: 'status',
          type: 'select',
          options: [
            { value: 'scheduled', label: 'Scheduled' },
            { value: 'building', label: 'Building' },
            { value: 'succeeded', label: 'Succeeded' },
            { value: 'failed', label: 'Failed: the last good site is still live' },
          ],
        },
        { name: 'trigger', type: 'text' },
        { name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'pages', type: 'number' },
        { name: 'message', type: 'textarea' },
      ],
    },
],
});
