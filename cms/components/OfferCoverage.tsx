import type { OfferCoverage as Coverage } from '@content/model/offerCoverage';

const list = (pages: { slug: string; title: string }[]) => pages.map((p) => p.title).join(', ');

/**
 * "Is our offer complete?" for one council on the admin dashboard (issue 22, part 6): its
 * published offer pages against what the law and the statutory guidance expect a local offer
 * to cover (`@content/model/offerCoverage`; the public `/about/` page shows the same summary).
 * Rendered by `ReviewsDue`, which already reads what each council has published.
 */
export function OfferCoverage({ council, coverage }: { council: { id: number | string; name: string }; coverage: Coverage }) {
  const id = `offer-coverage-${String(council.id)}`;
  const gaps = coverage.missing.areas.length + coverage.missing.items.length;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {council.name}: is our offer complete? ({gaps === 0 ? 'nothing missing' : `${gaps} missing`})
      </h2>
      <p>
        What the published site covers, against the six areas of the Children and Social Work Act 2017, section 2, and the help the law and the statutory guidance
        name. “Not confirmed” marks what is not yet in force or whose start is not confirmed. The same summary is on the site’s About page.
      </p>
      <h3>Areas</h3>
      <ul>
        {coverage.areas.map((area) => (
          <li key={area.area}>
            <strong>{area.title}</strong>
            {!area.confirmed && ' (not confirmed)'}:{' '}
            {area.status === 'local' && `${area.local.length} of the council’s own (${list(area.local)}) and ${area.national.length} national`}
            {area.status === 'national-only' && `only the ${area.national.length} national entitlements: nothing of the council’s own`}
            {area.status === 'missing' && 'MISSING: nothing published'}
          </li>
        ))}
      </ul>
      <h3>Help the law and guidance name</h3>
      <ul>
        {coverage.items.map((item) => (
          <li key={item.key}>
            <strong>{item.title}</strong>
            {!item.confirmed && ' (not confirmed)'}
            {!item.required && ' (each council decides)'}:{' '}
            {item.pages.length ? `covered by ${list(item.pages)}` : item.required ? 'MISSING' : 'not offered'}
            {item.noAmount && ': no amount given'} <small>({item.basis})</small>
          </li>
        ))}
      </ul>
      <h3>No amount ({coverage.noAmount.length})</h3>
      <p>{coverage.noAmount.length ? `About money, but no figure: ${list(coverage.noAmount)}.` : 'Every page about money gives a figure.'}</p>
      <h3>No contact ({coverage.noContact.length})</h3>
      <p>
        {coverage.noContact.length
          ? `No phone number, text number, email, web address or place to go (a postcode, or a place in the council’s address) in “Who to ask” or “How to get it” (add one in the council’s local details): ${list(coverage.noContact)}.`
          : 'Every page gives a way to get in touch.'}
      </p>
    </section>
  );
}
