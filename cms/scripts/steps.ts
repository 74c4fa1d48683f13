import path from 'node:path';
import type { Payload } from 'payload';
import { migrateDatabase } from '@cms/lib/payload';
import { repoRoot } from '@cms/paths';
import { importContent } from '@cms/seed/importContent';

/**
 * The steps the CMS's own commands (`npm run seed`, `npm run migrate`) and the platform's
 * (`npm start`, `npm run build`, `npm run export`, platform/build/steps.ts) share. Here, in
 * the CMS, so its scripts need nothing of the platform (platform → cms → model).
 */

/** Prints a numbered step and how long it took, so `npm start` says what it is doing. */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  process.stdout.write(`• ${label}…\n`);
  const result = await work();
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

export const contentDir = path.join(repoRoot, 'content');

export async function migrateStep(payload: Payload) {
  await step('Applying database migrations', () => migrateDatabase(payload));
}

/** Seeds only an empty database, so editors' work is never touched by a restart. */
export async function seedIfEmptyStep(payload: Payload) {
  const { totalDocs } = await payload.count({ collection: 'areas', overrideAccess: true });
  if (totalDocs > 0) {
    console.log('• Content already there: not seeding.');
    return;
  }
  await step('Importing the demo content from content/', async () => {
    const report = await importContent(payload, contentDir);
    console.log(`  created ${Object.entries(report.created).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  });
}
