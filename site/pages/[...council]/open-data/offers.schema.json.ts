/** `/open-data/offers.schema.json`: the JSON Schema of `offers.json`, generated from the same schema as the files. */
import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '@content/model/openData';
import { onEveryCouncilInEnglish } from '@site/lib/data';

export const getStaticPaths = onEveryCouncilInEnglish;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(openDataJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
