import type { Access, CollectionConfig, Where } from 'payload';
import { councilsWhere, idOf, isPlatformAdmin, type MaybeUser } from '@cms/access/roles';
import { TRANSLATION_LOCALE_IDS, type TranslationLocaleId } from '@content/model/locales';
import { isTranslated } from '@cms/lib/translationState';
import { isCouncilScoped } from '@cms/collections/councilScoped';

/**
 * A translator (issue 21, part 2) writes one language's text of one council's documents, or of
 * the national content (no council), and nothing else: never English, never another language
 * or council, never a field that is the same in every language (`translatorWritesTextOnly`
 * checks the data). The account has `translatorLanguage` and, for a council, one membership
 * row with the role `translator`.
 */
export type Translator = { language: TranslationLocaleId; council: number | string | null };

/** The user's translator role, or null (also null for anyone with another role: their own rules apply). */
export function translatorOf(user: MaybeUser): Translator | null {
  if (!user || isPlatformAdmin(user) || user.platformRole) return null;
  const language = TRANSLATION_LOCALE_IDS.find((id) => id === user.translatorLanguage);
  const rows = user.councils ?? [];
  if (!language || rows.some((row) => row.role !== 'translator')) return null;
  const councils = councilsWhere(user, 'translator');
  if (councils.length > 1) return null;
  return { language, council: councils[0] ?? null };
}

/** The council a document belongs to: its `council`, the council itself for `authorities`, null for national content. */
export function councilOfDocument(slug: string, doc: { id?: unknown; council?: unknown } | null | undefined): number | string | null {
  if (!doc) return null;
  if (slug === 'authorities') return idOf(doc.id);
  return idOf(doc.council);
}

/** Which documents of collection `slug` the translator may update, in the request's language only. */
export function translatorUpdates(translator: Translator, slug: string, hasCouncil: boolean, locale: string | undefined): boolean | Where {
  if (locale !== translator.language) return false;
  if (!isTranslated(slug)) return false;
  if (slug === 'authorities') return translator.council === null ? false : { id: { equals: translator.council } };
  if (hasCouncil) return translator.council === null ? false : { council: { equals: translator.council } };
  return translator.council === null;
}

/**
 * Every collection but the accounts: a translator's access is the translator rule and nothing
 * else (the council rules would count a translator row as a way in: `coWriters` lets anyone
 * with a row write). They read what any signed-in person reads, update only what
 * `translatorUpdates` allows, and create and delete nothing.
 */
export function withTranslators(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'users' || collection.slug === 'translations') return collection;
  const access = collection.access ?? {};
  // The multi-tenant plugin adds the `council` field later; `COUNCIL_SCOPED` names its collections.
  const hasCouncil = isCouncilScoped(collection.slug);
  const guard = (original: Access | undefined, translatorRule: Access): Access => (args) => {
    if (translatorOf(args.req.user)) return translatorRule(args);
    return original ? original(args) : Boolean(args.req.user);
  };
  const no: Access = () => false;
  return {
    ...collection,
    access: {
      ...access,
      create: guard(access.create, no),
      delete: guard(access.delete, no),
      update: guard(access.update, ({ req }) => {
        const translator = translatorOf(req.user);
        return translator ? translatorUpdates(translator, collection.slug, hasCouncil, req.locale ?? undefined) : false;
      }),
    },
  };
}


type Hidden = NonNullable<CollectionConfig['admin']>['hidden'];

/** The admin shows a translator the collections they translate, their translation records and their account; nobody else's view changes. */
export function hiddenFromTranslators(slug: string, hidden: Hidden): Hidden {
  if (isTranslated(slug) || slug === 'translations' || slug === 'users') return hidden;
  return (args) => (translatorOf(args.user) ? true : typeof hidden === 'function' ? hidden(args) : Boolean(hidden));
}
