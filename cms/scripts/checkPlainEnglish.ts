/**
 * `npm run check:plain-english` (part of `npm test`): Flesch reading ease of every offer
 * summary and guide chapter in content/. Fails if a summary scores below 60.
 */
import path from 'node:path';
import { plainEnglishReport, SUMMARY_MIN_READING_EASE } from '@cms/lib/plainEnglishReport';
import { repoRoot } from '@cms/paths';
import { readContent } from '@cms/seed/readContent';

const rows = plainEnglishReport(readContent(path.join(repoRoot, 'content')));
const failing = rows.filter((r) => r.fails);
const summaries = rows.filter((r) => r.field === 'summary').map((r) => r.score);
const bodies = rows.filter((r) => r.field === 'body').map((r) => r.score);
const stats = (xs: number[]) => `lowest ${Math.min(...xs)}, median ${xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]}`;

console.log(`Plain English (Flesch reading ease; ${SUMMARY_MIN_READING_EASE}+ is plain English, higher is easier)`);
console.log(`  ${summaries.length} summaries: ${stats(summaries)}`);
console.log(`  ${bodies.length} chapter bodies: ${stats(bodies)}`);
for (const row of rows.filter((r) => r.score < SUMMARY_MIN_READING_EASE + 5)) {
  console.log(`  ${row.fails ? 'FAIL' : 'near'} ${row.score.toFixed(1).padStart(5)}  ${row.where} (${row.field})`);
}
if (failing.length) {
  console.error(`\n${failing.length} summar${failing.length === 1 ? 'y is' : 'ies are'} below ${SUMMARY_MIN_READING_EASE}: use shorter sentences and shorter words.`);
  process.exit(1);
}
