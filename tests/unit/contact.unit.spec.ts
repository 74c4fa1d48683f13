/**
 * One contact (content/model/contact.ts): the service's numbers become the same `tel:` links
 * on every page and the same lines in the Open Referral feed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceArea } from '@content/model/area';
import { contactLines, mailtoHref, telHref } from '@content/model/contact';
import { validateSnapshot } from '@content/model/snapshot';
import { linkPhoneNumbers } from '@site/lib/phone';
import { openReferralFeed } from '@site/lib/openReferral';

describe('a contact', () => {
  it('links a number as written, and an email', () => {
    expect(telHref('020 7946 0000')).toBe('tel:02079460000');
    expect(telHref(' +44 (0)20 7946 0000 ')).toBe('tel:+442079460000');
    expect(mailtoHref('leaving.care@demo-borough.example ')).toBe('mailto:leaving.care@demo-borough.example');
    // Numbers found in text get the same link.
    expect(linkPhoneNumbers('Call 020 7946 0000.')).toContain('href="tel:02079460000"');
  });

  it('gives the Open Referral feed the lines the pages give', () => {
    const { authority, areas, offers } = validateSnapshot(JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')), 'fixture');
    if (!authority) throw new Error('the fixture is a council’s snapshot');
    const [office, emergency] = contactLines(authority, authority.serviceName);
    expect([office.number, office.href, emergency.number, emergency.href]).toEqual([authority.phone, telHref(authority.phone), authority.emergency.phone, telHref(authority.emergency.phone)]);
    const service = openReferralFeed(authority, areas, offers, undefined, '2026-12-01T00:00:00Z').services[0]!;
    const contacts = service.contacts as { name: string; phones: { number: string }[] }[];
    expect(contacts.map((c) => [c.name, c.phones[0]!.number])).toEqual([
      [office.name, office.number],
      [emergency.name, emergency.number],
    ]);
  });
});

describe('where an offer applies', () => {
  it('is England for a national entitlement and the council’s area for a local offer, by ONS code', () => {
    const council = { name: 'Northdale County Council', onsCode: 'E10000099', isDemo: false };
    expect(serviceArea('national', council)).toEqual({ code: 'E92000001', name: 'England', uri: 'http://statistics.data.gov.uk/id/statistical-geography/E92000001' });
    expect(serviceArea('local', council)).toEqual({ code: 'E10000099', name: 'Northdale County Council', uri: 'http://statistics.data.gov.uk/id/statistical-geography/E10000099' });
    // A demo council's code is made up: no ONS address.
    expect(serviceArea('local', { ...council, onsCode: 'DEMO1', isDemo: true }).uri).toBeNull();
  });
});
