import { describe, expect, it } from 'vitest';
import { JargonLinker } from '@site/lib/jargon';
import type { GlossaryTerm } from '@site/loaders/schemas';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const glossary: GlossaryTerm[] = [
  { slug: 'personal-adviser', term: 'Personal Adviser', meaning: 'Your worker.', aliases: ['PA', 'personal advisor'] },
  { slug: 'relevant-child', term: 'Relevant child', meaning: 'Left care at 16 or 17.', aliases: ['relevant'] },
  { slug: 'former-relevant-child', term: 'Former relevant child', meaning: 'A care leaver 18 to 25.', aliases: ['former relevant'] },
  { slug: 'setting-up-home-allowance', term: 'Setting-up-home allowance', meaning: 'Money for a first home.', aliases: ['leaving care grant'] },
  { slug: 'care-leaver', term: 'Care leaver', meaning: 'Someone who was in care.', aliases: ['leaving care'] },
  { slug: 'mandatory-reconsideration', term: 'Mandatory reconsideration', meaning: 'Asking again.', aliases: ['MR'] },
  { slug: 'children-in-care-council', term: 'Children in Care Council', meaning: 'A group.', aliases: ["care leavers' forum"] },
];

const text = (value: string, format = 0) => ({ type: 'text', text: value, format });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const heading = (...children: unknown[]) => ({ type: 'heading', tag: 'h2', children });
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } });
const link = (url: string, label: string) => ({ type: 'link', fields: { url, linkType: 'custom' }, children: [text(label)] });

/** The glossary slugs a piece of HTML links to, in order. */
const linked = (html: string) => [...html.matchAll(/href="\/glossary\/#([a-z0-9-]+)"/g)].map((m) => m[1]);

describe('JargonLinker', () => {
  it('links the first use of a term on the page, and only the first', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    const first = jargon.text('Your Personal Adviser helps. Ask your Personal Adviser.');
    const later = jargon.richText(doc(paragraph(text('A Personal Adviser again.'))));
    expect(linked(first)).toEqual(['personal-adviser']);
    expect(first).toBe(
      'Your <a href="/glossary/#personal-adviser" class="jargon" aria-describedby="jargon-personal-adviser">Personal Adviser</a> helps. Ask your Personal Adviser.',
    );
    expect(linked(later)).toEqual([]);
    expect(jargon.used.map((term) => term.slug)).toEqual(['personal-adviser']);
  });

  it('counts an alias as a use of its entry', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    const html = jargon.text('Talk to your PA. Your personal advisor will call.');
    expect(linked(html)).toEqual(['personal-adviser']);
    expect(html).toContain('>PA</a>');
  });

  it('matches whole words only, in any case, with a plural ending', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    expect(linked(jargon.text('PAY the PAYE bill; it is irrelevant.'))).toEqual([]);
    expect(linked(jargon.text('Both personal ADVISERS came.'))).toEqual(['personal-adviser']);
  });

  it('needs an acronym in capitals, so a title is not a term', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    expect(linked(jargon.text('Mr Khan asked for an mr.'))).toEqual([]);
    expect(linked(jargon.text('Ask for an MR first.'))).toEqual(['mandatory-reconsideration']);
  });

  it('takes the longest phrase first, and does not link the words inside it again', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    const html = jargon.text('Former relevant young people get help.');
    expect(linked(html)).toEqual(['former-relevant-child']);
    expect(html).toContain('>Former relevant</a>');
    // "leaving care grant" is one term, not "leaving care" plus a word.
    expect(linked(jargon.text('the leaving care grant'))).toEqual(['setting-up-home-allowance']);
  });

  it('treats spaces and hyphens alike, and a hyphenated word as one word', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    expect(linked(jargon.text('the setting up home allowance'))).toEqual(['setting-up-home-allowance']);
    // "relevant" inside "former-relevant" is part of a longer term, not the shorter one.
    expect(linked(jargon.text('a former-relevant young person'))).toEqual(['former-relevant-child']);
    expect(linked(jargon.text('non-relevant'))).toEqual([]);
  });

  it('matches curly and straight apostrophes alike', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    expect(linked(jargon.text('Join the care leavers’ forum.'))).toEqual(['children-in-care-council']);
  });

  it('never links inside an existing link, a heading or code', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    const html = jargon.richText(
      doc(
        heading(text('Your Personal Adviser')),
        paragraph(link('/offers/personal-adviser/', 'Get a Personal Adviser'), text(' or '), text('PA', 16)),
      ),
    );
    expect(linked(html)).toEqual([]);
    expect(html).toContain('<h2>Your Personal Adviser</h2>');
    expect(html).toContain('<a href="/offers/personal-adviser/">Get a Personal Adviser</a> or <code>PA</code>');
    // Still unused, so the next plain mention is the first use.
    expect(linked(jargon.richText(doc(paragraph(text('Your PA.')))))).toEqual(['personal-adviser']);
  });

  it('links a term that crosses formatting, keeping the markup nested', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    const html = jargon.richText(doc(paragraph(text('Your Personal '), text('Adviser', 1), text(' helps.'))));
    expect(html).toBe(
      '<p>Your <a href="/glossary/#personal-adviser" class="jargon" aria-describedby="jargon-personal-adviser">Personal <strong>Adviser</strong></a> helps.</p>',
    );
  });

  it('links terms in lists and quotes, not across a link', () => {
    const jargon = new JargonLinker(glossary, { i18n });
    const item = (...children: unknown[]) => ({ type: 'listitem', children });
    const html = jargon.richText(
      doc(
        { type: 'list', listType: 'bullet', children: [item(text('a relevant child'))] },
        { type: 'quote', children: [text('My PA listened.')] },
        paragraph(text('Personal '), link('/x/', 'link'), text(' Adviser')),
      ),
    );
    expect(linked(html)).toEqual(['relevant-child', 'personal-adviser']);
  });

  it('keeps text escaped around and inside the links', () => {
    const jargon = new JargonLinker([
      { slug: 'tag', term: '<b>', meaning: 'x', aliases: [] },
      ...glossary,
    ], { i18n });
    const html = jargon.text('<script>alert(1)</script> & your PA "here"');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; your <a');
    expect(html).toContain('>PA</a> &quot;here&quot;');
  });

  it('leaves out terms a page asks it to', () => {
    const jargon = new JargonLinker(glossary, { i18n, exclude: ['personal-adviser'] });
    expect(linked(jargon.text('Your PA and a relevant child.'))).toEqual(['relevant-child']);
  });
});
