import type { CollectionSlug, Payload, TypedUser, Where } from 'payload';
import { councilsWhere, isPlatformAdmin, isPlatformEditor } from '@cms/access/roles';
import { isCouncilScoped } from '@cms/collections/councilScoped';
import { ENGLISH } from '@cms/lib/localization';
import { englishTextHash, TRANSLATED_COLLECTIONS, translationKey, translationStatus } from '@cms/lib/translationState';
import { STORED_LOCALES, TRANSLATION_LOCALE_IDS, type TranslationLocaleId } from '@content/model/locales';

/** Where one document's translation into one language is, for staff. */
export type TranslationItem = { title: string; href: string; collection: string; status: 'missing' | 'in-progress' | 'needs-checking' | 'out-of-date' | 'checked' };
/** One council's (or the national content's, `council: null`) translations into one language: counts, and what needs doing. */
export type LanguageOverview = {
  council: { id: number | string; name: string } | null;
  lang: TranslationLocaleId;
  name: string;
  counts: Record<TranslationItem['status'], number>;
  /** Missing and out of date first: what needs doing. */
  items: TranslationItem[];
};

const NATIONAL = TRANSLATED_COLLECTIONS.filter((slug) => !isCouncilScoped(slug) && slug !== 'authorities');
const COUNCIL_OWNED = TRANSLATED_COLLECTIONS.filter((slug) => isCouncilScoped(slug));
const ORDER: TranslationItem['status'][] = ['out-of-date', 'missing', 'in-progress', 'needs-checking', 'checked'];

/**
 * Per language, what is translated of what readers see (issue 21, part 2): for each council the
 * person is staff or a reviewer of (platform admins: all), in each language it offers, its own
 * published documents and its settings; for platform editors, the national content in every
 * language. Out of date is worked out as the export does it (the English text's hash).
 */
export async function translationOverview(payload: Payload, user: TypedUser | null | undefined): Promise<LanguageOverview[]> {
  if (!user) return [];
  const mine = new Set(councilsWhere(user, 'staff', 'reviewer').map(String));
  const { docs: councils } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, sort: 'name', overrideAccess: true, locale: ENGLISH });
  const out: LanguageOverview[] = [];
  const published = (slug: CollectionSlug, where: Where) =>
    payload.find({ collection: slug, where, locale: ENGLISH, depth: 0, pagination: false, overrideAccess: true, draft: false }).then(({ docs }) =>
      docs.filter((d) => !('_status' in d) || d._status === 'published').map((doc) => ({ slug, doc: { ...doc } as Record<string, unknown> & { id: number | string } })),
    );
  const overview = async (council: { id: number | string; name: string } | null, lang: TranslationLocaleId, docs: { slug: CollectionSlug; doc: Record<string, unknown> & { id: number | string } }[]) => {
    const { docs: records } = await payload.find({
      collection: 'translations',
      where: { and: [{ language: { equals: lang } }, council ? { council: { equals: council.id } } : { council: { exists: false } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    });
    const byKey = new Map(records.map((r) => [r.key ?? '', r]));
    const counts: LanguageOverview['counts'] = { missing: 0, 'in-progress': 0, 'needs-checking': 0, 'out-of-date': 0, checked: 0 };
    const items: TranslationItem[] = docs.map(({ slug, doc }) => {
      const record = byKey.get(translationKey(slug, doc.id, lang));
      const status = translationStatus(record ? { state: record.state, englishHash: record.englishHash ?? '' } : null, englishTextHash(slug, doc));
      const word: TranslationItem['status'] = status.outOfDate ? 'out-of-date' : status.state === 'not-started' ? 'missing' : status.state;
      counts[word] += 1;
      const config = payload.collections[slug].config;
      const titleField = config.admin?.useAsTitle ?? 'id';
      return {
        title: String(doc[titleField] ?? doc.id),
        href: record ? `/admin/collections/translations/${String(record.id)}` : `/admin/collections/${slug}/${String(doc.id)}?locale=${lang}`,
        collection: typeof config.labels?.plural === 'string' ? config.labels.plural : slug,
        status: word,
      };
    });
    items.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.title.localeCompare(b.title));
    out.push({ council, lang, name: STORED_LOCALES[lang].name, counts, items });
  };

  for (const c of councils) {
    if (!isPlatformAdmin(user) && !mine.has(String(c.id))) continue;
    const languages = (c.languages ?? []).filter((l): l is TranslationLocaleId => (TRANSLATION_LOCALE_IDS as readonly string[]).includes(l));
    if (!languages.length) continue;
    const docs = [{ slug: 'authorities' as CollectionSlug, doc: { ...c } as Record<string, unknown> & { id: number | string } }, ...(await Promise.all(COUNCIL_OWNED.map((slug) => published(slug, { council: { equals: c.id } })))).flat()];
    for (const lang of languages) await overview({ id: c.id, name: c.name }, lang, docs);
  }
  if (isPlatformEditor(user)) {
    const offered = new Set(councils.flatMap((c) => c.languages ?? []));
    const languages = TRANSLATION_LOCALE_IDS.filter((l) => offered.has(l));
    if (languages.length) {
      const docs = (await Promise.all(NATIONAL.map((slug) => published(slug, {})))).flat();
      for (const lang of languages) await overview(null, lang, docs);
    }
  }
  return out;
}
