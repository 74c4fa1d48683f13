import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, MAX_MEDIA_FILE_BYTES, MAX_TEXT_FILE_BYTES, readContent } from '@cms/seed/readContent';

/**
 * The seed reads only what belongs to it: each Markdown or YAML file at most 1 MB (checked
 * before reading, so a huge file can't run the seed out of memory), and media files only
 * from content/media/. Each case copies the demo content to a temp folder and breaks it.
 */
let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

function copyContent(): { root: string; content: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'lop-content-'));
  roots.push(root);
  const content = path.join(root, 'content');
  cpSync('content', content, { recursive: true });
  return { root, content };
}

function refusal(content: string): ContentError {
  try {
    readContent(content);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('readContent accepted the broken content');
}

const setMedia = (content: string, file: string) =>
  writeFileSync(path.join(content, 'media.yaml'), `- file: ${JSON.stringify(file)}\n  alt: A picture of something\n`);

describe('content file size limit', () => {
  it('the copied demo content reads as it is', () => {
    expect(readContent(copyContent().content).entitlements.length).toBeGreaterThan(10);
  });

  it('refuses a Markdown file over 1 MB, naming the file and the limit', () => {
    const { content } = copyContent();
    const offer = path.join(content, 'entitlements', 'advocacy.md');
    // Still a valid offer: only its size is wrong.
    appendFileSync(offer, `\n\n${'Plain words in a very long page. '.repeat(MAX_TEXT_FILE_BYTES / 32 + 10)}\n`);
    const error = refusal(content);
    expect(error.file).toBe(path.join('content', 'entitlements', 'advocacy.md'));
    expect(error.message).toMatch(/at most 1 MB/);
  });

  it('refuses a YAML file over 1 MB before reading it', () => {
    const { content } = copyContent();
    const glossary = path.join(content, 'glossary.yaml');
    appendFileSync(glossary, `\n# ${'x'.repeat(MAX_TEXT_FILE_BYTES)}\n`);
    const error = refusal(content);
    expect(error.message).toMatch(/^content\/glossary\.yaml: field "\(file\)": is 1 MB; a content file may be at most 1 MB$/);
  });

  it('refuses a media file over the upload limit', () => {
    const { content } = copyContent();
    const name = 'kickstart-home.png';
    truncateSync(path.join(content, 'media', name), MAX_MEDIA_FILE_BYTES + 1);
    const error = refusal(content);
    expect(error.file).toBe('content/media.yaml (entry 1)');
    expect(error.field).toBe('file');
    expect(error.message).toMatch(/at most 10 MB/);
  });
});

describe('media.yaml paths stay inside content/media/', () => {
  it('refuses ".." that climbs out of content/', () => {
    const { root, content } = copyContent();
    writeFileSync(path.join(root, 'outside.png'), readFileSync(path.join(content, 'media', 'kickstart-home.png')));
    setMedia(content, '../../outside.png');
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/media.yaml (entry 1)', 'file']);
    expect(error.message).toMatch(/"\.\.\/\.\.\/outside\.png" must be a file in content\/media\//);
  });

  it('refuses ".." even when it comes back inside', () => {
    const { content } = copyContent();
    setMedia(content, '../media/kickstart-home.png');
    expect(refusal(content).field).toBe('file');
  });

  it('refuses an absolute path', () => {
    const { root, content } = copyContent();
    const outside = path.join(root, 'outside.png');
    writeFileSync(outside, 'not really a png');
    setMedia(content, outside);
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/media.yaml (entry 1)', 'file']);
    expect(error.message).toMatch(/no absolute paths/);
  });

  it('refuses a link in content/media/ that leads outside it', () => {
    const { root, content } = copyContent();
    const outside = path.join(root, 'secret.png');
    writeFileSync(outside, 'anything the seed should not import');
    symlinkSync(outside, path.join(content, 'media', 'innocent.png'));
    setMedia(content, 'innocent.png');
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/media.yaml (entry 1)', 'file']);
    expect(error.message).toMatch(/link to a file outside/);
  });

  it('still accepts a file in a subfolder of content/media/', () => {
    const { content } = copyContent();
    mkdirSync(path.join(content, 'media', 'sub'));
    renameSync(path.join(content, 'media', 'kickstart-home.png'), path.join(content, 'media', 'sub', 'kickstart-home.png'));
    setMedia(content, 'sub/kickstart-home.png');
    // The spotlight refers to the image by its media.yaml name.
    const spotlight = path.join(content, 'spotlights', 'sutton-kickstart-futures.md');
    writeFileSync(spotlight, readFileSync(spotlight, 'utf8').replace(/^image: .*$/m, 'image: sub/kickstart-home.png'));
    expect(readContent(content).media[0]!.path).toBe(realpathSync(path.join(content, 'media', 'sub', 'kickstart-home.png')));
  });
});

describe('national entitlements and council folders', () => {
  const council = (content: string, ...parts: string[]) => path.join(content, 'councils', 'demo-borough', ...parts);
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

  it('reads the national content once and every council folder in name order', () => {
    const read = readContent(copyContent().content);
    expect(read.councils.map((c) => c.slug)).toEqual(['demo-borough', 'northdale', 'riverford']);
    expect(read.councils.map((c) => c.authority.onsCode)).toEqual(['DEMO0001', 'DEMO0002', 'DEMO0003']);
    expect(read.councils[0]!.localDetails[0]!.file).toBe('content/councils/demo-borough/local-details.yaml (entry 1)');
  });

  it('refuses a local detail for an entitlement that does not exist, naming the entry and field', () => {
    const { content } = copyContent();
    edit(council(content, 'local-details.yaml'), (t) => t.replace('- entitlement: advocacy', '- entitlement: advocates'));
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/councils/demo-borough/local-details.yaml (entry 1)', 'entitlement']);
    expect(error.message).toMatch(/no entitlement "advocates"/);
  });

  it('refuses two local details for one entitlement in a council', () => {
    const { content } = copyContent();
    appendFileSync(council(content, 'local-details.yaml'), '\n- entitlement: advocacy\n  note: Again.\n');
    const error = refusal(content);
    expect(error.field).toBe('entitlement');
    expect(error.message).toMatch(/"advocacy" already has local details in content\/councils\/demo-borough\/local-details\.yaml \(entry 1\)/);
  });

  it('refuses a field a local detail does not have, naming it', () => {
    const { content } = copyContent();
    edit(council(content, 'local-details.yaml'), (t) => t.replace('- entitlement: advocacy\n', '- entitlement: advocacy\n  legalBasis: Our own law\n'));
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/councils/demo-borough/local-details.yaml (entry 1)', 'legalBasis']);
  });

  it('refuses a local offer with an entitlement\'s slug, and a national offer in a council folder', () => {
    const { content } = copyContent();
    renameSync(council(content, 'offers', 'bike-scheme.md'), council(content, 'offers', 'advocacy.md'));
    let error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/councils/demo-borough/offers/advocacy.md', 'slug']);
    expect(error.message).toMatch(/is a national entitlement/);

    renameSync(council(content, 'offers', 'advocacy.md'), council(content, 'offers', 'bike-scheme.md'));
    edit(council(content, 'offers', 'bike-scheme.md'), (t) => t.replace('kind: local', 'kind: national'));
    error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/councils/demo-borough/offers/bike-scheme.md', 'kind']);
    expect(error.message).toMatch(/content\/entitlements\//);
  });

  it('refuses a kind in an entitlement, and council text is left to local details', () => {
    const { content } = copyContent();
    edit(path.join(content, 'entitlements', 'advocacy.md'), (t) => t.replace('title:', 'kind: national\ntitle:'));
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/entitlements/advocacy.md', 'kind']);
  });

  // The guide is national now (issue 20): a council relates its own offers from its local part.
  it('refuses a guide chapter\'s local part linking to an offer that is not the council\'s', () => {
    const { content } = copyContent();
    edit(council(content, 'guides-local.yaml'), (t) => t.replace(/relatedOffers: \[/, 'relatedOffers: [county-bus-pass, '));
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/councils/demo-borough/guides-local.yaml (entry 1)', 'relatedOffers.0']);
  });

  it('refuses a national guide chapter linking to an entitlement that does not exist, or naming a council\'s offer', () => {
    const { content } = copyContent();
    edit(path.join(content, 'guides', 'money.md'), (t) => t.replace(/relatedEntitlements: \[/, 'relatedEntitlements: [no-such-thing, '));
    expect([refusal(content).file, refusal(content).field]).toEqual(['content/guides/money.md', 'relatedEntitlements.0']);
    const again = copyContent().content;
    edit(path.join(again, 'guides', 'money.md'), (t) => t.replace('relatedEntitlements:', 'relatedOffers: [money-skills]\nrelatedEntitlements:'));
    expect(refusal(again).field).toBe('relatedOffers');
  });

  it('refuses a local part of a chapter that does not exist, and a council without a complaints contact', () => {
    const { content } = copyContent();
    edit(council(content, 'guides-local.yaml'), (t) => t.replace('- chapter: coming-to-the-uk-alone', '- chapter: no-such-chapter'));
    expect([refusal(content).file, refusal(content).field]).toEqual(['content/councils/demo-borough/guides-local.yaml (entry 1)', 'chapter']);
    const again = copyContent().content;
    edit(council(again, 'authority.yaml'), (t) => t.replace(/^complaints:\n(  .*\n)+/m, ''));
    expect([refusal(again).file, refusal(again).field]).toEqual(['content/councils/demo-borough/authority.yaml', 'complaints']);
  });

  it('refuses two councils with one ONS code', () => {
    const { content } = copyContent();
    edit(path.join(content, 'councils', 'riverford', 'authority.yaml'), (t) => t.replace('DEMO0003', 'DEMO0001'));
    const error = refusal(content);
    expect([error.file, error.field]).toEqual(['content/councils/riverford/authority.yaml', 'onsCode']);
  });

  it('a council needs only its authority.yaml', () => {
    const { content } = copyContent();
    mkdirSync(path.join(content, 'councils', 'new-council'));
    writeFileSync(
      path.join(content, 'councils', 'new-council', 'authority.yaml'),
      readFileSync(path.join(content, 'councils', 'riverford', 'authority.yaml'), 'utf8').replace('DEMO0003', 'DEMO0004').replace('partnership.example/riverford/', 'partnership.example/new-council/'),
    );
    const added = readContent(content).councils.find((c) => c.slug === 'new-council')!;
    expect([added.offers, added.localDetails, added.guides, added.pledges, added.indicators]).toEqual([[], [], [], [], []]);
  });
});
