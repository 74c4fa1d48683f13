/** `/open-data/comparison.schema.json`: the JSON Schema of `comparison.json`, from the schema the file is checked against. */
import type { APIRoute } from 'astro';
import { comparisonJsonSchema } from '@content/model/comparison';
import { onEverySiteAndLibraryInEnglish } from '@site/lib/data';

export const getStaticPaths = onEverySiteAndLibraryInEnglish;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(comparisonJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
