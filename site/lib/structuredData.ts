/**
 * schema.org JSON-LD for search engines and other councils' tools: a GovernmentService for
 * each offer, an Article for each practice spotlight. Built from the same snapshot as the
 * pages, so what a machine reads matches what a person reads.
 */
import type { Area, Authority, Offer, Spotlight } from '@site/loaders/schemas';
import { safeHref } from '@site/lib/urlRule';
import type { I18n } from '@site/i18n';

type Json = { [key: string]: unknown };

/** The council, as the organisation that runs the service or publishes the page. */
export function councilOrganisation(authority: Authority): Json {
  const website = safeHref(authority.website, 'web');
  return {
    '@type': 'GovernmentOrganization',
    name: authority.name,
    ...(website ? { url: website } : {}),
    telephone: authority.phone,
    email: authority.email,
  };
}

/**
 * An offer as a `GovernmentService` run by the council for care leavers in its area. `url` is
 * the page's public address, or `null` when the site has none (then no `url` is given).
 */
/** What an offer's structured data says: its name, summary, who it is for, whether it is free and when it changed. */
export type OfferFacts = Pick<Offer, 'title' | 'summary' | 'amount' | 'updatedAt'> & { eligibility: Pick<Offer['eligibility'], 'ageFrom' | 'ageTo'> };

export function offerJsonLd(i18n: I18n, offer: OfferFacts, area: Area | undefined, authority: Authority, url: string | null): Json {
  const { ageFrom, ageTo } = offer.eligibility;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: offer.title,
    description: offer.summary,
    ...(url ? { url } : {}),
    ...(area ? { serviceType: area.title } : {}),
    serviceOperator: councilOrganisation(authority),
    provider: councilOrganisation(authority),
    areaServed: { '@type': 'AdministrativeArea', name: authority.name },
    audience: {
      '@type': 'PeopleAudience',
      audienceType: 'Care leavers',
      ...(ageFrom != null ? { suggestedMinAge: ageFrom } : {}),
      ...(ageTo != null ? { suggestedMaxAge: ageTo } : {}),
    },
    ...(offer.amount.type === 'free' ? { isAccessibleForFree: true } : {}),
    availableChannel: {
      '@type': 'ServiceChannel',
      servicePhone: { '@type': 'ContactPoint', telephone: authority.phone, contactType: authority.serviceName },
    },
    dateModified: offer.updatedAt,
    inLanguage: i18n.lang,
  };
}

/**
 * A practice spotlight as an `Article` about another council's work, published by this one.
 * Without a public address (`url` null, `site` undefined) it carries no web addresses; `site` is the address (as the plan or the settings give it, a string, or a URL).
 */
export function spotlightJsonLd(i18n: I18n, spotlight: Spotlight, authority: Authority | null, url: string | null, site: string | URL | undefined): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: spotlight.title,
    description: spotlight.summary,
    ...(url ? { url, mainEntityOfPage: url } : {}),
    about: spotlight.councils.map((c) => ({ '@type': 'GovernmentOrganization', name: c.name })),
    author: spotlight.councils.map((c) => ({ '@type': 'GovernmentOrganization', name: c.name })),
    publisher: authority ? councilOrganisation(authority) : { '@type': 'Organization', name: i18n.t('library.name') },
    isBasedOn: spotlight.source.year ? `${spotlight.source.collection} (${spotlight.source.year})` : spotlight.source.collection,
    ...(site && spotlight.image && safeHref(spotlight.image.url, 'media') ? { image: new URL(spotlight.image.url, site).href } : {}),
    dateModified: spotlight.updatedAt,
    inLanguage: i18n.lang,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text from the CMS
 * can close the script element.
 */
export function jsonLdScript(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
