/** `/open-data/comparison.csv`: "how councils compare" as CSV, one row per record of the JSON file. */
import type { APIRoute } from 'astro';
import { comparisonCsv } from '@content/model/comparison';
import { onEverySiteAndLibraryInEnglish, siteOf } from '@site/lib/data';
import { comparisonFile } from '@site/lib/comparisonFile';

export const getStaticPaths = onEverySiteAndLibraryInEnglish;

export const GET: APIRoute = async (context) =>
  new Response(comparisonCsv((await comparisonFile(siteOf(context))).records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
