import { describe, expect, it } from 'vitest';
import { renderRichText, richTextToPlainText, safeUrl } from '@site/lib/richtext';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const text = (value: string, format = 0) => ({ type: 'text', text: value, format });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } });
const link = (url: string, label: string, extra: Record<string, unknown> = {}) => ({
  type: 'link',
  fields: { url, newTab: false, linkType: 'custom', ...extra },
  children: [text(label)],
});

describe('renderRichText', () => {
  it('escapes markup typed into the editor, so a reader sees it as text', () => {
    const html = renderRichText(i18n, doc(paragraph(text('<script>alert("x")</script> & <b>bold</b>'))));
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>');
    expect(html).not.toContain('<script');
  });

  it('drops javascript: and data: links but keeps their words', () => {
    const html = renderRichText(
      i18n,
      doc(
        paragraph(link('javascript:alert(1)', 'click me')),
        paragraph(link(' JaVaScRiPt:alert(1)', 'sneaky')),
        paragraph(link('java\tscript:alert(1)', 'tabbed')),
        paragraph(link('data:text/html;base64,PHNjcmlwdD4=', 'data')),
        paragraph(link('//evil.example/x', 'protocol-relative')),
      ),
    );
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/javascript|data:|evil/i);
    expect(html).toContain('click me');
    expect(html).toContain('sneaky');
  });

  it('keeps http(s), mailto, tel and site links, with escaped attributes', () => {
    const html = renderRichText(
      i18n,
      doc(
        paragraph(
          link('https://www.gov.uk/a?b=1&c="2"', 'GOV.UK'),
          text(' '),
          link('mailto:team@example.org', 'email'),
          text(' '),
          link('tel:+442079460000', 'phone'),
          text(' '),
          link('/offers/leisure-pass/', 'pass'),
        ),
      ),
    );
    expect(html).toContain('<a href="https://www.gov.uk/a?b=1&amp;c=&quot;2&quot;">GOV.UK</a>');
    expect(html).toContain('<a href="mailto:team@example.org">email</a>');
    expect(html).toContain('<a href="tel:+442079460000">phone</a>');
    expect(html).toContain('<a href="/offers/leisure-pass/">pass</a>');
  });

  it('says when a link opens a new tab', () => {
    const html = renderRichText(i18n, doc(paragraph(link('https://example.org/', 'site', { newTab: true }))));
    expect(html).toContain('target="_blank" rel="noopener noreferrer"');
    expect(html).toContain('<span class="visually-hidden"> (opens in new tab)</span>');
  });

  it('links internal documents by slug', () => {
    const html = renderRichText(
      i18n,
      doc(paragraph(link('', 'the allowance', { linkType: 'internal', doc: { relationTo: 'offers', value: { slug: 'setting-up-home-allowance' } } }))),
    );
    expect(html).toContain('<a href="/offers/setting-up-home-allowance/">the allowance</a>');
  });

  it('renders bold, italic, code and strikethrough from the format bitmask', () => {
    const html = renderRichText(i18n, doc(paragraph(text('b', 1), text('i', 2), text('bi', 3), text('c', 16), text('s', 4))));
    expect(html).toBe('<p><strong>b</strong><em>i</em><strong><em>bi</em></strong><code>c</code><s>s</s></p>');
  });

  it('keeps the page h1 unique: body h1 and h2 become h2, lower levels keep their order', () => {
    const heading = (tag: string, words: string) => ({ type: 'heading', tag, children: [text(words)] });
    const html = renderRichText(i18n, doc(heading('h1', 'One'), heading('h2', 'Two'), heading('h3', 'Three')));
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>One</h2>');
    expect(html).toContain('<h2>Two</h2>');
    expect(html).toContain('<h3>Three</h3>');
    // Under a section heading, the body starts one level lower.
    expect(renderRichText(i18n, doc(heading('h2', 'Sub')), { headingBase: 3 })).toBe('<h3>Sub</h3>');
  });

  it('renders bullet and numbered lists, nesting an inner list inside the item before it', () => {
    const item = (...children: unknown[]) => ({ type: 'listitem', children });
    const inner = { type: 'list', listType: 'bullet', children: [item(text('inner'))] };
    const html = renderRichText(
      i18n,
      doc(
        { type: 'list', listType: 'number', children: [item(text('first')), item(inner), item(text('second'))] },
        { type: 'list', listType: 'bullet', children: [item(text('dot'))] },
      ),
    );
    expect(html).toContain('<ol><li>first<ul><li>inner</li></ul></li><li>second</li></ol>');
    expect(html).toContain('<ul><li>dot</li></ul>');
  });

  it('renders quotes, line breaks and rules, and skips empty paragraphs', () => {
    const html = renderRichText(
      i18n,
      doc(
        { type: 'quote', children: [text('said')] },
        paragraph(text('a'), { type: 'linebreak' }, text('b')),
        paragraph(),
        { type: 'horizontalrule' },
      ),
    );
    expect(html).toBe('<blockquote><p>said</p></blockquote>\n<p>a<br>b</p>\n\n<hr>');
  });

  it('gives unknown nodes only their escaped words, and ignores attributes it does not know', () => {
    const html = renderRichText(
      i18n,
      doc(
        { type: 'upload', value: { url: 'javascript:x' } },
        { type: 'custom-block', children: [text('<i>kept</i>')] },
        { type: 'paragraph', onclick: 'alert(1)', children: [{ type: 'mention', children: [text('@name')] }] },
      ),
    );
    expect(html).toBe('\n<p>&lt;i&gt;kept&lt;/i&gt;</p>\n<p>@name</p>');
  });

  it('returns an empty string for anything that is not editor state', () => {
    expect(renderRichText(i18n, null)).toBe('');
    expect(renderRichText(i18n, '<p>hi</p>')).toBe('');
    expect(renderRichText(i18n, { root: 'x' })).toBe('');
  });

  it('survives hostile nesting without overflowing the stack', () => {
    let node: Record<string, unknown> = text('deep');
    for (let i = 0; i < 10000; i++) node = { type: 'quote', children: [node] };
    expect(() => renderRichText(i18n, doc(node))).not.toThrow();
  });

  it('extracts plain text', () => {
    expect(richTextToPlainText(doc(paragraph(text('Hello '), text('world', 1))))).toBe('Hello world');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.org/', 'https://example.org/'],
    ['http://example.org/', 'http://example.org/'],
    ['mailto:a@b.org', 'mailto:a@b.org'],
    ['tel:0800', 'tel:0800'],
    ['/glossary/#pa', '/glossary/#pa'],
    ['#section', '#section'],
    ['../x/', '../x/'],
    ['javascript:alert(1)', null],
    ['vbscript:x', null],
    ['data:text/html,x', null],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['file:///etc/passwd', null],
    ['', null],
    [42, null],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});
