/**
 * A council's published offer in Open Referral UK (HSDS 3.0, UK profile; issue 12): its
 * services (one per offer page: the national entitlements with the council's local details,
 * and its local offers), the council as the organisation that provides them, and the
 * taxonomies they are classified by. Made at build time from the snapshot the site is built
 * from, so it holds published content only, and written into the site twice:
 *
 * - as a static copy (`/open-data/openreferral/…`: one JSON file per list and per item), for
 *   hosts that serve only files;
 * - as one bundle (`feed.json`), which the platform's server holds in memory to answer the
 *   API (`/api/openreferral/…`, `platform/server/openReferralApi.ts`) with paging and filters.
 *
 * Ids are the CMS's open-data ids (UUIDs that never change, `@content/model/uuid`); everything
 * else is named from those. Fields the UK profile leaves out but readers need
 * (`eligibility_description`, `application_process`, contacts' `email` and `phones`) are sent
 * as HSDS 3.0 has them; fields of our own start `lop_`.
 */
import { english } from '@site/i18n';
import { formatAges, formatAmount, formatMoney, isoDay } from '@site/lib/format';
import { parseOfficeHours } from '@site/lib/openingHours';
import { absoluteUrl } from '@site/lib/siteUrl';
import { safeHref } from '@site/lib/urlRule';
import { CARE_STATUS, OFFER_KIND } from '@content/model/vocabularies';
import { PLATFORM_NAMESPACE, uuidFrom } from '@content/model/uuid';
import { contactLines, type ContactLine } from '@content/model/contact';
import { serviceArea } from '@content/model/area';
import type { Area, Authority, Offer } from '@site/loaders/schemas';
import { newestFirst, type ChangeEntry } from '@content/model/changeLog';
import {
  OPEN_REFERRAL_PATHS,
  type OpenReferralFeed,
  type OrukOrganization,
  type OrukService,
  type OrukTaxonomy,
  type OrukTaxonomyTerm,
} from '@content/model/openReferral';

/** Open data is in English only, on every site (not built per language): its words are English ones. */
const i18n = english();
const { t } = i18n;

export * from '@content/model/openReferral';

/** The taxonomies, named in code, so their ids are fixed. */
const TAXONOMY = {
  areas: {
    id: uuidFrom(PLATFORM_NAMESPACE, 'taxonomy:local-offer-areas'),
    name: 'Local offer areas',
    description: 'The areas a local offer for care leavers is organised by: the six the law names (Children and Social Work Act 2017, section 2), and local ones.',
  },
  kind: {
    id: uuidFrom(PLATFORM_NAMESPACE, 'taxonomy:kind-of-help'),
    name: 'Kind of help',
    description: 'Whether it is a national entitlement (every care leaver in England can get it) or a local offer (extra help this council chose to give).',
  },
  careStatus: {
    id: uuidFrom(PLATFORM_NAMESPACE, 'taxonomy:care-status'),
    name: 'Care status',
    description: 'The care statuses the law uses for young people leaving care. A service with none of these terms is for any care leaver.',
  },
} as const;
const TAXONOMY_VERSION = '1';

const KIND_DESCRIPTIONS: Record<Offer['kind'], string> = {
  national: 'A national entitlement: care leavers across England can get it, with the council’s local details.',
  local: 'A local offer: extra help this council chose to give. Other councils may not give it.',
};

/** The taxonomies and every term in them, for a council's site (the areas are national). */
export function openReferralTaxonomies(areas: Area[], siteUrl: string | undefined): { taxonomies: OrukTaxonomy[]; terms: OrukTaxonomyTerm[] } {
  const taxonomies = Object.values(TAXONOMY).map((x) => ({ ...x, version: TAXONOMY_VERSION }));
  const term = (taxonomy: (typeof TAXONOMY)[keyof typeof TAXONOMY], id: string, code: string, name: string, description: string, path?: string): OrukTaxonomyTerm => {
    const termUri = path ? pageUri(path, siteUrl) : null;
    return { id, name, description, taxonomy: taxonomy.name, taxonomy_id: taxonomy.id, code, ...(termUri ? { term_uri: termUri } : {}) };
  };
  const terms = [
    ...areas.map((a) => term(TAXONOMY.areas, a.uuid, a.slug, a.title, a.summary, `/areas/${a.slug}/`)),
    ...OFFER_KIND.values.map((k) => term(TAXONOMY.kind, kindTermId(k), k, OFFER_KIND.labels[k].en, KIND_DESCRIPTIONS[k])),
    ...CARE_STATUS.values.map((s) => term(TAXONOMY.careStatus, careStatusTermId(s), s, CARE_STATUS.labels[s].en, `${capitalise(t(`offer.status.${s}`))}. See the glossary for what this means.`)),
  ];
  return { taxonomies, terms };
}

const kindTermId = (kind: string) => uuidFrom(TAXONOMY.kind.id, kind);
const careStatusTermId = (status: string) => uuidFrom(TAXONOMY.careStatus.id, status);
/**
 * An address from content as the feed sends it: through the one URL rule, then written the
 * way RFC 3986 requires (`"`, `<`, spaces and the like percent-encoded, as a browser would),
 * so it validates as a `uri`. Null when the rule refuses it.
 */
const feedUrl = (value: string | null | undefined): string | null => uri(safeHref(value, 'web'));

/** An absolute address as RFC 3986 writes it: WHATWG leaves some characters it does not allow (`|`, `{`, `^`…) after the host. */
function uri(href: string | null): string | null {
  if (!href) return null;
  const url = new URL(href);
  const end = url.href.indexOf(url.host, url.protocol.length) + url.host.length;
  return url.href.slice(0, end) + url.href.slice(end).replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/g, (c) => encodeURIComponent(c));
}

/** A page of the council's site at its public address (null when it has none), as a URI. */
const pageUri = (path: string, siteUrl: string | undefined) => uri(absoluteUrl(path, siteUrl));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "Who can get it", in words: ages, care status, circumstances, the council's notes. */
export function eligibilityDescription(offer: Offer, council: string): string {
  const { careStatus, circumstances, notes } = offer.eligibility;
  const parts: string[] = [];
  const ages = formatAges(i18n, offer.eligibility);
  if (ages) parts.push(sentence(t('offer.age', { ages })));
  if (careStatus.length) parts.push(sentence(t('offer.careStatus', { statuses: careStatus.map((s) => t(`offer.status.${s}`)).join(', ') })));
  if (circumstances.length) {
    const list = circumstances.map((c) => t(`offer.circumstance.${c}`, { council }));
    parts.push(sentence(t('offer.circumstances', { circumstances: list.join(' or ') })));
  }
  if (!careStatus.length && !circumstances.length) parts.push(t('offer.anyone'));
  // Whether it is for care leavers living outside the council's area, in the offer page's words.
  if (offer.livingElsewhere !== 'applies') parts.push(t(`offer.living.${offer.livingElsewhere}`, { council }));
  if (notes?.trim()) parts.push(sentence(notes));
  return parts.join(' ');
}

/** `HH:MM:SS` from minutes after midnight. */
const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** One offer page as an Open Referral UK service, fully nested (`GET /services/{id}`). */
export function openReferralService(
  offer: Offer,
  authority: Authority,
  organization: OrukOrganization,
  termsById: Map<string, OrukTaxonomyTerm>,
  areasBySlug: Map<string, Area>,
  siteUrl: string | undefined,
  lastChanged?: string,
): OrukService {
  const id = offer.uuid;
  const sub = (kind: string, key = '') => uuidFrom(id, `${kind}:${key}`);
  const url = pageUri(`/offers/${offer.slug}/`, siteUrl);
  const attribute = (termId: string | undefined, linkType: string) => {
    const term = termId ? termsById.get(termId) : undefined;
    return term ? [{ id: sub('attribute', term.id), link_id: id, link_type: linkType, taxonomy_term_id: term.id, taxonomy_term: term }] : [];
  };
  const money = offer.amount.type === 'money' && offer.amount.value != null;
  const amountWords = formatAmount(i18n, offer.amount);
  const hours = parseOfficeHours(authority.openingHours);
  const area = serviceArea(offer.kind, authority);
  const steps = offer.howToGet.map((step, i) => `${i + 1}. ${sentence(step)}`).join('\n');
  const [office, emergency] = contactLines(authority, authority.serviceName);
  const phone = (line: ContactLine, description: string) => ({ id: sub('phone', line.key), number: line.number, type: 'voice', description });
  return {
    id,
    organization_id: organization.id,
    name: offer.title,
    description: offer.summary,
    ...(url ? { url } : {}),
    email: authority.email,
    status: offer.legalStatus === 'in-force' ? 'active' : offer.legalStatus === 'announced' ? 'inactive' : 'defunct',
    // Nothing in a local offer costs a care leaver money; an amount is money they get.
    fees: money && amountWords ? `Free. You get money: ${amountWords}.` : 'Free.',
    ...(offer.eligibility.ageFrom != null ? { minimum_age: offer.eligibility.ageFrom } : {}),
    ...(offer.eligibility.ageTo != null ? { maximum_age: offer.eligibility.ageTo } : {}),
    assured_date: isoDay(offer.lastReviewed),
    // The site's own words for a change not yet in force, or help that has ended.
    ...(offer.legalStatus !== 'in-force' ? { alert: t(`offer.legalStatus.words.${offer.legalStatus}`) } : {}),
    // When it last changed for readers: its newest "what changed" entry (issue 22, part 4), the same date its page and
    // "What's new" give; with none, when it was last published.
    ...(lastChanged ? { last_modified: lastChanged } : Number.isNaN(Date.parse(offer.updatedAt)) ? {} : { last_modified: new Date(offer.updatedAt).toISOString() }),
    schedules: [
      {
        id: sub('schedule', 'office'),
        service_id: id,
        ...(hours ? { freq: 'WEEKLY', interval: 1, byday: hours.days.map((d) => BYDAY[d]).join(','), opens_at: clock(hours.opens), closes_at: clock(hours.closes) } : {}),
        description: `When you can call ${office.name}: ${sentence(office.hours)}`,
      },
      {
        id: sub('schedule', 'emergency'),
        service_id: id,
        description: `${emergency.name}: ${sentence(emergency.hours)}`,
      },
    ],
    service_areas: [
      {
        id: sub('service_area', area.code),
        service_id: id,
        name: area.name,
        service_area: area.name,
        ...(area.uri ? { uri: area.uri } : {}),
        extent_type: 'text',
        extent: area.code,
        lop_ons_code: area.code,
      },
    ],
    service_at_locations: [],
    languages: [{ id: sub('language', 'en'), service_id: id, name: 'English', code: 'en' }],
    organization,
    funding: [],
    cost_options: money
      ? [
          {
            id: sub('cost_option', 'amount'),
            service_id: id,
            option: 'Money you get (not a charge)',
            amount: offer.amount.value,
            amount_description: `You get ${amountWords ?? formatMoney(i18n, offer.amount.value!)}. You do not pay anything.`,
          },
        ]
      : [{ id: sub('cost_option', 'free'), service_id: id, option: 'Free', amount: 0, amount_description: 'Free: you do not pay anything.' }],
    contacts: [
      {
        id: sub('contact', 'service'),
        service_id: id,
        name: office.name,
        title: `Who to ask: ${sentence(offer.whoToAsk)}`,
        email: authority.email,
        phones: [phone(office, `${office.name}: ${sentence(office.hours)}`)],
      },
      {
        id: sub('contact', 'emergency'),
        service_id: id,
        name: emergency.name,
        phones: [phone(emergency, sentence(emergency.hours))],
      },
    ],
    attributes: [
      ...attribute(areasBySlug.get(offer.area)?.uuid, 'service'),
      ...attribute(kindTermId(offer.kind), 'service'),
      ...offer.eligibility.careStatus.flatMap((s) => attribute(careStatusTermId(s), 'eligibility')),
    ],
    // HSDS 3.0 fields the UK profile leaves out, which readers need.
    eligibility_description: eligibilityDescription(offer, authority.name),
    application_process: steps,
    // Our own.
    lop_kind: offer.kind,
    lop_legal_status: offer.legalStatus,
    lop_amount: amountWords,
    lop_who_to_ask: offer.whoToAsk,
    lop_if_refused: offer.ifRefused,
    lop_legal_basis: offer.legalBasis,
    // Addresses from content pass the one URL rule again here, as every href on the site does.
    lop_source_url: feedUrl(offer.sourceUrl),
    lop_slug: offer.slug,
  } as OrukService;
}

/** The council as the organisation that provides every service in its feed. */
export function openReferralOrganization(authority: Authority, siteUrl: string | undefined): OrukOrganization {
  const home = pageUri('/', siteUrl);
  const website = feedUrl(authority.website) ?? home;
  return {
    id: authority.uuid,
    name: authority.name,
    description: `${authority.name}’s ${authority.serviceName}: the help care leavers can get from the council (its local offer for care leavers).${authority.isDemo ? ' A made-up council, for demonstration.' : ''}`,
    email: authority.email,
    ...(website ? { website } : {}),
    ...(home ? { uri: home } : {}),
    organization_identifiers: authority.isDemo
      ? []
      : [{ id: uuidFrom(authority.uuid, `identifier:${authority.onsCode}`), organization_id: authority.uuid, identifier_scheme: 'ONS', identifier_type: 'ONS code', identifier: authority.onsCode }],
  };
}

/** The whole feed of one council's site. Two offers with one id (which the CMS never gives) stop the build, naming both. */
export function openReferralFeed(authority: Authority, areas: Area[], offers: Offer[], siteUrl: string | undefined, generated: string, changes: ChangeEntry[] = []): OpenReferralFeed {
  const lastChanged = new Map<string, string>();
  for (const change of [...changes].sort(newestFirst)) if (change.page === 'offer' && !lastChanged.has(change.slug)) lastChanged.set(change.slug, new Date(change.changedAt).toISOString());
  const organization = openReferralOrganization(authority, siteUrl);
  const { taxonomies, terms } = openReferralTaxonomies(areas, siteUrl);
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const areasBySlug = new Map(areas.map((area) => [area.slug, area]));
  const services = offers.map((offer) => openReferralService(offer, authority, organization, termsById, areasBySlug, siteUrl, lastChanged.get(offer.slug)));
  const seen = new Map<string, string>();
  for (const [i, service] of services.entries()) {
    const other = seen.get(service.id);
    if (other) throw new Error(`Open Referral: offers "${offers[i]!.slug}" and "${other}" have the same open-data id ${service.id}`);
    seen.set(service.id, offers[i]!.slug);
  }
  return {
    generated,
    api_url: pageUri(OPEN_REFERRAL_PATHS.api, siteUrl),
    council: { name: authority.name, ons_code: authority.onsCode },
    organization,
    services,
    taxonomies,
    taxonomy_terms: terms,
  };
}

