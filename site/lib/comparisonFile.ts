/**
 * The comparison's downloads (`/open-data/comparison.*`): every council's records, as the
 * `/compare/` pages show them, under the Open Government Licence, checked against the schema
 * they are published with.
 */
import { comparisonFileSchema, type ComparisonFile } from '@content/model/comparison';
import { OPEN_DATA_LICENCE } from '@content/model/openData';
import { getComparison, siteUrlOf, type SiteKey } from '@site/lib/data';
import { GENERATED_AT, OPEN_DATA_PATHS } from '@site/lib/openData';
import { absoluteUrl } from '@site/lib/siteUrl';

export async function comparisonFile(siteKey: SiteKey): Promise<ComparisonFile> {
  const { records } = await getComparison(siteKey);
  return comparisonFileSchema.parse({
    licence: OPEN_DATA_LICENCE,
    generated: GENERATED_AT,
    schema: absoluteUrl(OPEN_DATA_PATHS.comparisonSchema, siteUrlOf(siteKey)) ?? OPEN_DATA_PATHS.comparisonSchema,
    records,
  });
}
