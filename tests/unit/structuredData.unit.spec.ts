import { describe, expect, it } from 'vitest';
import { jsonLdScript, offerJsonLd, type OfferFacts } from '@site/lib/structuredData';
import type { Authority } from '@site/loaders/schemas';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const authority: Authority = {
  name: 'Demo Borough Council',
  uuid: '2f1e4c3a-7b6d-4e5f-8a9b-0c1d2e3f4a5b',
  onsCode: 'DEMO0001',
  isDemo: true,
  serviceName: 'Leaving Care Service',
  phone: '020 7946 0100',
  email: 'leavingcare@demo-borough.example',
  address: '1 Market Street',
  openingHours: '9am to 5pm',
  emergency: { phone: '020 7946 0999', label: 'Out of hours', hours: 'Nights' },
  website: null,
  closureDays: [],
  languages: [],
  easyRead: false,
};
const offer: OfferFacts = {
  title: 'A bike </script><script>alert(1)</script>',
  summary: 'A free bike.',
  eligibility: { ageFrom: 16, ageTo: null },
  amount: { type: 'free' },
  updatedAt: '2026-10-15T00:00:00.000Z',
};

describe('structured data', () => {
  it('describes an offer as a service run by the council for care leavers', () => {
    const data = offerJsonLd(i18n, offer, undefined, authority, 'https://example.org/offers/bike/');
    expect(data).toMatchObject({
      '@type': 'GovernmentService',
      serviceOperator: { '@type': 'GovernmentOrganization', name: 'Demo Borough Council' },
      areaServed: { name: 'Demo Borough Council' },
      audience: { audienceType: 'Care leavers', suggestedMinAge: 16 },
      isAccessibleForFree: true,
    });
    expect(data.audience).not.toHaveProperty('suggestedMaxAge');
    expect(data.serviceOperator).not.toHaveProperty('url');
  });

  it('cannot be broken out of: no "<" survives, and the JSON still reads back the same', () => {
    const data = offerJsonLd(i18n, offer, undefined, authority, 'https://example.org/offers/bike/');
    const script = jsonLdScript(data);
    expect(script).not.toContain('<');
    expect(JSON.parse(script).name).toBe(offer.title);
  });
});
