import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext';
import type { CollectionBeforeChangeHook } from 'payload';
import { plainEnglishAdvice, type PlainEnglishTargets } from '@cms/lib/plainEnglishAdvice';

export type PlainEnglishSource = {
  /** The document's short text (summary, "you said", meaning). */
  summary: (data: Record<string, unknown>) => string | null | undefined;
  /** Its long text, as rich text or plain text (joined when there are several, e.g. chapters). */
  body: (data: Record<string, unknown>) => unknown;
  targets: PlainEnglishTargets;
};

/** Rich text (Lexical) or plain strings, as one plain text. */
export function toText(value: unknown): string {
  if (!value) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toText).join('\n');
  if (typeof value === 'object' && 'root' in (value as object)) {
    return convertLexicalToPlaintext({ data: value as Parameters<typeof convertLexicalToPlaintext>[0]['data'] });
  }
  return '';
}

/**
 * On every save, works out the plain-English advice shown beside the fields in the admin
 * (`plainEnglish`). It advises and never blocks: only a summary's length limit does.
 */
export const scorePlainEnglish =
  (source: PlainEnglishSource): CollectionBeforeChangeHook =>
  async ({ data, req, context }) => {
    if (context?.seeding) return data;
    const { docs } = await req.payload.find({
      collection: 'glossary-terms',
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
      select: { term: true, aliases: true },
    });
    const terms = docs.flatMap((d) => [d.term, ...(d.aliases ?? []).map((a) => a.alias)]);
    return {
      ...data,
      plainEnglish: plainEnglishAdvice({ summary: source.summary(data), body: toText(source.body(data)) }, source.targets, terms),
    };
  };
