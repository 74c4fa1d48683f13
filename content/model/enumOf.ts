/** A vocabulary as a zod enum (`./vocabularies`), shared by the snapshot's schemas and the output shapes (`./amount`). */
import { z } from 'zod';
import type { SiteLabels, Vocabulary } from './vocabularies';

/**
 * A vocabulary as a zod enum, with a message that lists what is allowed (it reaches editors:
 * the publish check, the build log and content-file errors).
 */
export function enumOf<const V extends string>(vocabulary: Vocabulary<V, SiteLabels<V>>) {
  const allowed = vocabulary.values.join(', ');
  return z.enum(vocabulary.values, {
    error: (issue) => `${issue.input === undefined ? 'is missing' : `"${String(issue.input).slice(0, 40)}" is not allowed`}: use one of ${allowed}`,
  });
}
