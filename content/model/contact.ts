/**
 * How to reach a council's leaving care service, once: the fields the snapshot's authority
 * holds (`contactSchema`, spread into `authoritySchema`), and the one way each becomes a link
 * (`telHref`, `mailtoHref`) and the one way the service's lines become the Open Referral
 * feed's contacts (`contactLines`). The page (footer, "need help", contact details, the
 * checker), the structured data and the feed all read the same `Contact`.
 *
 *   CMS authority (phone, email, address, openingHours, emergency) ─ snapshotMapping ─▶ Contact
 *     ├─ telHref / mailtoHref ─▶ `tel:` / `mailto:` links on every page
 *     └─ contactLines ─▶ Open Referral `contacts[].phones[]`
 *
 * No zod and no site imports: the hrefs are plain functions a browser script could use too.
 */

/** The service's contact details as the snapshot's authority holds them. */
export type Contact = {
  phone: string;
  email: string;
  address: string;
  openingHours: string;
  emergency: { phone: string; label: string; hours: string };
};

const digits = (text: string) => text.replace(/\(0\)/, '').replace(/\D/g, '');

/** A phone number (as written) as a `tel:` URL: digits only, `+` kept, `(0)` after +44 dropped. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits(trimmed)}`;
}

/** An email address as a `mailto:` URL. */
export const mailtoHref = (email: string): string => `mailto:${email.trim()}`;

/** One line to call: the number as written, its link, who answers and when. */
export type ContactLine = { key: 'office' | 'emergency'; name: string; number: string; href: string; hours: string };

/** The service's two lines: the office in its opening hours, and the out-of-hours line. */
export function contactLines(contact: Contact, serviceName: string): [ContactLine, ContactLine] {
  return [
    { key: 'office', name: serviceName, number: contact.phone, href: telHref(contact.phone), hours: contact.openingHours },
    { key: 'emergency', name: contact.emergency.label, number: contact.emergency.phone, href: telHref(contact.emergency.phone), hours: contact.emergency.hours },
  ];
}
