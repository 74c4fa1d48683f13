import path from 'node:path';
import type { Payload } from 'payload';
import { councilSnapshotDir, listCouncils } from '@platform/build/councilSites';
import { exportSnapshot } from '@cms/lib/exportSnapshot';
import { describeLeftOut, leftOutOfSnapshot } from '@cms/lib/leftOut';
import { migrateDatabase } from '@cms/lib/payload';
import { dataDir, repoRoot } from '@cms/paths';
import { importContent } from '@cms/seed/importContent';

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

/** Exports each council's published content plus the national content (data/snapshot/<council>/). */
export async function exportStep(payload: Payload, only: string[] = [], env = process.env) {
  return step('Exporting published content for the sites', async () => {
    const results = [];
    for (const council of await listCouncils(payload, only)) {
      const dir = councilSnapshotDir(council.slug, env);
      const result = await exportSnapshot(payload, dir, { council: council.id });
      console.log(`  ${council.name}: ${Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      const leftOut = describeLeftOut(await leftOutOfSnapshot(dir));
      if (leftOut) console.log(`  ${leftOut}`);
      results.push({ council, ...result });
    }
    return results;
  });
}
