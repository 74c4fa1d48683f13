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
  if (isLexical(value)) return convertLexicalToPlaintext({ data: value });
  return '';
}

type LexicalState = Parameters<typeof convertLexicalToPlaintext>[0]['data'];

/** A Lexical editor state: an object whose `root` holds the children (as Payload stores rich text). */
function isLexical(value: unknown): value is LexicalState {
  if (typeof value !== 'object' || value === null || !('root' in value)) return false;
  const root: unknown = value.root;
  return typeof root === 'object' && root !== null && 'children' in root && Array.isArray(root.children);
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
