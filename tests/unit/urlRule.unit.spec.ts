import { describe, expect, it } from 'vitest';
import { checkUrl, safeHref, unsafeRichTextLinks, validateUrlField } from '@site/lib/urlRule';
import { offerSchema, authoritySchema } from '@site/loaders/schemas';

/** Finding 1 of issue 8: `z.string().url()` let `javascript:` and `data:` URLs reach an href. */
const HOSTILE = [
  'javascript:alert(1)',
  'JAVASCRIPT://%0aalert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/',
  '\\\\evil.example\\x',
  '/\\evil.example',
  'https://user:pass@evil.example/',
  'https://evil.example/\u202egnp.exe',
  'https:evil.example',
  'https:/evil.example',
  'www.gov.uk/x',
  'gov.uk',
  'mailto:',
  'tel:',
  '',
];

describe('the one URL rule', () => {
  it.each(HOSTILE)('refuses %j for a web address, a rich-text link and an href', (url) => {
    expect(checkUrl(url, 'web').ok).toBe(false);
    expect(safeHref(url, 'web')).toBeNull();
    if (!['www.gov.uk/x', 'gov.uk'].includes(url)) expect(safeHref(url, 'link')).toBeNull();
  });

  it.each(['https://www.gov.uk/leaving-care', 'http://example.org/a?b=c#d', 'https://localhost:4321/x'])('accepts %s', (url) => {
    expect(checkUrl(url, 'web')).toEqual({ ok: true, url });
    expect(safeHref(url, 'link')).toBe(url);
  });

  it('allows mailto, tel and paths on this site only in rich-text links', () => {
    for (const url of ['mailto:team@council.gov.uk', 'tel:02079460000', '/offers/x/', '#section', '../x/']) {
      expect(safeHref(url, 'link')).toBe(url);
      expect(safeHref(url, 'web')).toBeNull();
    }
  });

  it('keeps media under /media/', () => {
    expect(safeHref('/media/a.webp', 'media')).toBe('/media/a.webp');
    for (const url of ['/media/../etc/passwd', '/x.webp', 'https://evil.example/a.webp', '/media/a.webp" onerror="x']) {
      expect(safeHref(url, 'media')).toBeNull();
    }
  });

  it('gives an editor a reason they can act on', () => {
    expect(validateUrlField('web', 'The source')('www.gov.uk/x')).toMatch(/^The source must be a full web address starting with https:\/\//);
    expect(validateUrlField('web', 'The source')('javascript:alert(1)')).toMatch(/"javascript:" links are not allowed/);
    expect(validateUrlField('web', 'The source')('')).toBe(true);
  });

  it('finds unsafe links anywhere in rich text, and leaves internal links alone', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [] }] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'autolink', url: 'data:text/html,x', children: [] }] }] },
          { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'offers', value: 'x' } }, children: [] }] },
          { type: 'paragraph', children: [{ type: 'link', fields: { url: 'https://www.gov.uk/', linkType: 'custom' }, children: [] }] },
        ],
      },
    };
    expect(unsafeRichTextLinks(body).map((l) => l.path)).toEqual(['root.children.0.children.0', 'root.children.1.children.0.children.0']);
  });

  it('is what the site schemas apply to every URL field', () => {
    expect(authoritySchema.shape.website.safeParse('javascript:alert(1)').success).toBe(false);
    expect(offerSchema.shape.sourceUrl.safeParse('JAVASCRIPT://%0aalert(1)').success).toBe(false);
    expect(offerSchema.shape.sourceUrl.safeParse('data:text/html,x').success).toBe(false);
    expect(offerSchema.shape.sourceUrl.safeParse('https://www.gov.uk/x').success).toBe(true);
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', fields: { url: 'javascript:x' }, children: [] }] }] } };
    expect(offerSchema.shape.body.safeParse(body).success).toBe(false);
  });
});
