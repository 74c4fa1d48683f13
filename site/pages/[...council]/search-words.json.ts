/**
 * `/search-words.json`: what people type, mapped to the words this site uses, from the CMS
 * (*Settings → Search words*, `getSearchWords(siteKey)`). The search page fetches it once, on its
 * first search (`site/components/Search/search.ts`, `planQuery` in query.ts). Written at build
 * time, so a change in the CMS reaches readers with the next publish, like everything else.
 */
import type { APIRoute } from 'astro';
import { getSearchWords, onEverySiteAndLibrary, siteOf } from '@site/lib/data';

/**
 * The crisis lines on the urgent help page, always urgent: someone typing "Samaritans" wants
 * the number, not a page that mentions it. Added after the editors' list.
 */
const CRISIS_LINES = {
  says: ['samaritans', 'shout', 'childline', 'shelter', 'domestic abuse helpline', 'help at hand', '999', '116 123'],
  means: 'urgent help',
  urgent: true,
};

export const getStaticPaths = onEverySiteAndLibrary;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  const entries = [...(await getSearchWords(siteKey)), CRISIS_LINES]
    .map(({ says, means, urgent }) => ({
      says: [...new Set(says.map((s) => s.trim()).filter(Boolean))],
      means: means.trim(),
      urgent: Boolean(urgent),
    }))
    .filter((entry) => entry.says.length > 0 && entry.means.length > 0);
  return new Response(JSON.stringify({ entries }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
