import { type Access, type CollectionBeforeChangeHook, type CollectionConfig, type CollectionSlug, type Where } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { actingRole, councilsWhere, idOf, isPlatformAdmin, isPlatformEditor } from '@cms/access/roles';
import { councilOfDocument, translatorOf } from '@cms/access/translators';
import { ENGLISH, keepingLocale } from '@cms/lib/localization';
import { englishTextHash, isTranslated, TRANSLATED_COLLECTIONS, translationKey } from '@cms/lib/translationState';
import { STORED_LOCALES, TRANSLATION_LOCALE_IDS } from '@content/model/locales';
import { TRANSLATION_STATE_LABELS, TRANSLATION_STATES, type TranslationState } from '@content/model/translation';

const refuse = (message: string): never => {
  throw new PublicError(message, 403);
};

/** Who may see and work on translation records: platform admins; platform editors (national); a council's staff, reviewers and translators; a national translator. */
function whoseRecords(user: Parameters<typeof translatorOf>[0], roles: ('staff' | 'reviewer' | 'young-editor')[]): boolean | Where {
  if (!user) return false;
  if (isPlatformAdmin(user)) return true;
  const translator = translatorOf(user);
  if (translator) {
    return {
      and: [{ language: { equals: translator.language } }, translator.council === null ? { council: { exists: false } } : { council: { equals: translator.council } }],
    };
  }
  const or: Where[] = [];
  const councils = councilsWhere(user, ...roles);
  if (councils.length) or.push({ council: { in: councils } });
  if (isPlatformEditor(user)) or.push({ council: { exists: false } });
  return or.length ? { or } : false;
}

const readTranslations: Access = ({ req: { user } }) => whoseRecords(user, ['staff', 'reviewer', 'young-editor']);
const writeTranslations: Access = ({ req: { user } }) => whoseRecords(user, ['staff', 'reviewer']);
/** A new record: anyone who may work on some (the hook checks the document's council and the role). */
const createTranslations: Access = ({ req: { user } }) => Boolean(translatorOf(user)) || whoseRecords(user, ['staff', 'reviewer']) !== false;
const adminsOnly: Access = ({ req: { user } }) => isPlatformAdmin(user);

type Data = {
  document?: { relationTo?: string; value?: unknown } | null;
  language?: string | null;
  state?: TranslationState | null;
  council?: unknown;
  translator?: unknown;
  checkedBy?: unknown;
  checkedOn?: string | null;
  englishHash?: string | null;
  englishVersion?: string | null;
  englishOn?: string | null;
  englishChangedOn?: string | null;
  key?: string | null;
};

/** Fields only the system sets (the hook below, the seed, an English save). */
const SYSTEM_DATES_AND_HASHES = ['checkedOn', 'englishHash', 'englishVersion', 'englishOn', 'englishChangedOn'] as const;
const SYSTEM_PEOPLE = ['translator', 'checkedBy'] as const;

/**
 * The record's rules, on the server for every API: the council is the document's (null for
 * national content); one record per document and language; a translator works on their own
 * language and council and moves the state up to "needs checking" at most (submitting it for
 * checking); only the council's staff or reviewers (platform editors for national content, and
 * platform admins) set "checked", which records who and when. The English it was made from
 * (its hash, version and date) is taken when the record is made and each time it is submitted
 * for checking, not when it is checked: the checker checks the text as it was made.
 */
const checkTranslation: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, context }) => {
  const next = data as Data;
  const before = (originalDoc ?? {}) as Data;
  const document = next.document ?? before.document;
  const slug = document?.relationTo;
  const id = idOf(document?.value);
  if (!slug || !isTranslated(slug) || id === null) return refuse('Choose the document this translation is of.');
  const language = next.language ?? before.language;
  if (!language || !(TRANSLATION_LOCALE_IDS as readonly string[]).includes(language)) return refuse('Choose the language of the translation (not English).');
  if (operation === 'update' && (String(idOf(before.document?.value)) !== String(id) || before.document?.relationTo !== slug || before.language !== language)) {
    return refuse('A translation record stays with its document and language: make a new one instead.');
  }
  const english = await keepingLocale(req, () => req.payload.findByID({ collection: slug as CollectionSlug, id, locale: ENGLISH, depth: 0, overrideAccess: true, req, disableErrors: true }));
  if (!english) return refuse('The document this translation is of does not exist.');
  const council = councilOfDocument(slug, { ...english });
  next.council = council;
  next.key = translationKey(slug, id, language);
  // What the system works out, never what a request says: otherwise an out-of-date translation
  // could be made to look up to date by sending the current English's hash.
  if (!context?.seeding && !context?.englishChanged) {
    for (const field of SYSTEM_DATES_AND_HASHES) next[field] = operation === 'update' ? (before[field] ?? null) : null;
    for (const field of SYSTEM_PEOPLE) next[field] = operation === 'update' ? (before[field] ?? null) : null;
  }
  const state = next.state ?? before.state ?? 'not-started';
  next.state = state;
  const user = req.user;
  const seeding = Boolean(context?.seeding);

  if (user && !seeding && !isPlatformAdmin(user)) {
    const translator = translatorOf(user);
    if (translator) {
      if (translator.language !== language) refuse(`You translate into ${STORED_LOCALES[translator.language].name} only.`);
      if (String(translator.council) !== String(council)) refuse(translator.council === null ? 'You translate the national content only.' : 'You translate only your council’s documents.');
      if (state === 'checked' && before.state !== 'checked') {
        refuse('A translator submits a translation for checking; a member of staff or a reviewer marks it checked.');
      }
      next.translator = user.id;
    } else {
      const role = council === null ? (isPlatformEditor(user) ? 'staff' : null) : actingRole(user, council);
      if (role !== 'staff' && role !== 'reviewer') refuse(council === null ? 'Platform editors look after national translations.' : 'Only staff or reviewers of that council can do this.');
    }
  }

  if (state === 'checked' && before.state !== 'checked') {
    if (!seeding || !next.checkedOn) next.checkedOn = new Date().toISOString();
    if (user && !seeding) next.checkedBy = user.id;
  }
  if (state !== 'checked') {
    next.checkedBy = null;
    next.checkedOn = null;
  }
  // Made from the current English: on creation, and when submitted for checking.
  if (operation === 'create' || (state === 'needs-checking' && before.state !== 'needs-checking')) {
    const doc: Record<string, unknown> = { ...english };
    next.englishHash = englishTextHash(slug, doc);
    next.englishOn = typeof doc.updatedAt === 'string' ? doc.updatedAt : new Date().toISOString();
    next.englishVersion = `${slug}/${String(id)}@${next.englishOn}`;
    next.englishChangedOn = null;
  }
  return next;
};

/**
 * Where each document's translation into each language is (issue 21, part 2): its state, who
 * translated it and who checked it, and the English it was made from (a hash of its English
 * text to translate, and the version's date). When the English text changes, the hash no longer
 * matches: the translation is out of date, whatever its state, and the site shows the English.
 */
export const Translations: CollectionConfig = {
  slug: 'translations',
  labels: { singular: 'Translation', plural: 'Translations' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'language', 'state', 'council', 'updatedAt'],
    group: 'Content',
    description: 'Each document’s translation into each language: its state, who translated and checked it, and the English it was made from.',
  },
  access: { read: readTranslations, create: createTranslations, update: writeTranslations, delete: adminsOnly },
  hooks: { beforeChange: [checkTranslation] },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...TRANSLATED_COLLECTIONS], required: true, index: true },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: TRANSLATION_LOCALE_IDS.map((value) => ({ value, label: STORED_LOCALES[value].name })),
    },
    { name: 'state', type: 'select', required: true, defaultValue: 'not-started', options: TRANSLATION_STATES.map((value) => ({ value, label: TRANSLATION_STATE_LABELS[value] })) },
    {
      name: 'council',
      type: 'relationship',
      relationTo: 'authorities',
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'The document’s council (empty: national content, translated once for every council).' },
    },
    { name: 'translator', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'translatedBy', label: 'Translated by (in words)', type: 'text', admin: { description: 'Who translated it, when not an account here (e.g. an interpreting service, or a machine translation).' } },
    { name: 'checkedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'checkedByName', label: 'Checked by (in words)', type: 'text' },
    { name: 'checkedOn', type: 'date', admin: { readOnly: true } },
    { name: 'englishHash', type: 'text', admin: { readOnly: true, hidden: true } },
    { name: 'englishVersion', label: 'Made from the English version', type: 'text', admin: { readOnly: true } },
    { name: 'englishOn', label: 'Made from the English of', type: 'date', admin: { readOnly: true } },
    { name: 'englishChangedOn', label: 'English changed on', type: 'date', admin: { readOnly: true } },
    { name: 'key', type: 'text', unique: true, admin: { readOnly: true } },
  ],
};
