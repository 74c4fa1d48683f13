/** `/open-data/comparison.json`: "how councils compare" as JSON (see `/open-data/`). */
import type { APIRoute } from 'astro';
import { onEverySiteAndLibraryInEnglish, siteOf } from '@site/lib/data';
import { comparisonFile } from '@site/lib/comparisonFile';

export const getStaticPaths = onEverySiteAndLibraryInEnglish;

export const GET: APIRoute = async (context) =>
  new Response(JSON.stringify(await comparisonFile(siteOf(context)), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
