/**
 * Issue 3: "body copy explains or links every term in the glossary". For the real demo
 * content, every glossary term or alias that appears in the words of a body (not in its
 * headings, links or code) must come out of the renderer linked to its A to Z entry.
 *
 * The bodies are converted from Markdown with Payload's own converter, exactly as the seed
 * import does, so the test sees the Lexical JSON the site gets. Where a term appears is
 * worked out here independently of the matcher, with one plain regular expression per phrase.
 */
import { convertMarkdownToLexical, editorConfigFactory, lexicalEditor } from '@payloadcms/richtext-lexical';
import { buildConfig } from 'payload';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { JargonLinker } from '@site/lib/jargon';
import type { GlossaryTerm } from '@site/loaders/schemas';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const content = readContent('content');
const glossary: GlossaryTerm[] = content.glossary.map(({ slug, term, meaning, aliases }) => ({ slug, term, meaning, aliases }));

type Node = { type?: string; text?: string; format?: number; children?: Node[] };
const IS_CODE = 16;

/** The runs of words in a body that the jargon buster should read: not headings, links or code. */
function readableRuns(node: Node, runs: string[] = [], current: string[] = []): string[] {
  const flush = () => {
    if (current.length) runs.push(current.splice(0).join(''));
  };
  for (const child of node.children ?? []) {
    if (child.type === 'heading' || child.type === 'link' || child.type === 'autolink' || child.type === 'linebreak') {
      flush();
    } else if (child.type === 'text') {
      if ((child.format ?? 0) & IS_CODE) flush();
      else current.push(child.text ?? '');
    } else if (child.type === 'tab') {
      current.push(' ');
    } else {
      flush();
      readableRuns(child, runs, current);
      flush();
    }
  }
  return runs;
}

/** Whole-word, plural-tolerant, capitals-only for acronyms: the rules the A to Z promises. */
function phrasePattern(phrase: string): RegExp {
  const words = phrase
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('[\\s\\u00a0-]+');
  const acronym = !/\p{Ll}/u.test(phrase);
  return new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)${words}(?:e?s)?(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

const phrases = glossary.flatMap((term) =>
  [term.term, ...term.aliases].map((text) => ({ slug: term.slug, text, pattern: phrasePattern(text) })),
);

/**
 * The entries a body must link: those with a phrase that appears on its own, that is, not
 * inside a longer glossary phrase found at the same place ("relevant" in "former relevant").
 */
function termsIn(runs: string[]): Map<string, string> {
  const needed = new Map<string, string>();
  for (const run of runs) {
    const found = phrases.flatMap((phrase) =>
      [...run.matchAll(phrase.pattern)].map((m) => ({ slug: phrase.slug, text: m[0], start: m.index, end: m.index + m[0].length })),
    );
    for (const hit of found) {
      const covered = found.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start);
      if (!covered && !needed.has(hit.slug)) needed.set(hit.slug, hit.text);
    }
  }
  return needed;
}

// Every council's pages: an entitlement's body there ends with the council's note.
const bodies: { where: string; markdown: string }[] = [
  ...content.councils.flatMap((council) =>
    councilOffers(content, council)
      .filter((o) => !o.draft)
      .map((o) => ({ where: o.localDetail ? `${o.file} with ${o.localDetail}` : o.file, markdown: o.body })),
  ),
  ...content.guideChapters.filter((c) => !c.draft).map((c) => ({ where: c.file, markdown: c.body })),
  ...content.councils.flatMap((council) =>
    council.guides.flatMap((g) => [
      { where: g.file, markdown: g.intro },
      ...g.chapters.map((c) => ({ where: c.file, markdown: c.body })),
    ]),
  ),
  ...content.spotlights.filter((s) => !s.draft).map((s) => ({ where: s.file, markdown: s.body })),
].filter((body) => body.markdown.trim());

describe('the jargon buster on the demo content', () => {
  let toLexical: (markdown: string) => unknown;

  beforeAll(async () => {
    // The editor's default features, as the CMS and the seed import use them; no database needed.
    const config = await buildConfig({ secret: 'unit-test', editor: lexicalEditor(), collections: [], db: sqliteAdapter({ client: { url: ':memory:' } }), telemetry: false });
    const editorConfig = await editorConfigFactory.default({ config });
    toLexical = (markdown) => convertMarkdownToLexical({ editorConfig, markdown });
  });

  it('has bodies with glossary terms in them to check', () => {
    expect(bodies.length).toBeGreaterThan(50);
    const withTerms = bodies.filter((body) => termsIn(readableRuns((toLexical(body.markdown) as { root: Node }).root)).size > 0);
    expect(withTerms.length).toBeGreaterThan(20);
  });

  it('links every glossary term or alias that appears in a body, once', () => {
    const missing: string[] = [];
    const repeated: string[] = [];
    for (const body of bodies) {
      const lexical = toLexical(body.markdown) as { root: Node };
      const html = new JargonLinker(glossary, { i18n }).richText(lexical);
      const linked = [...html.matchAll(/href="\/glossary\/#([a-z0-9-]+)"/g)].map((m) => m[1]!);
      for (const [slug, text] of termsIn(readableRuns(lexical.root))) {
        if (!linked.includes(slug)) missing.push(`${body.where}: "${text}" is not linked to /glossary/#${slug}`);
      }
      const twice = linked.filter((slug, i) => linked.indexOf(slug) !== i);
      if (twice.length) repeated.push(`${body.where}: ${twice.join(', ')} linked more than once`);
    }
    expect(missing).toEqual([]);
    expect(repeated).toEqual([]);
  });
});
