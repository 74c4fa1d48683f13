import type { Payload } from 'payload';
import { councilSnapshotDir, listCouncils } from '@platform/build/councilSites';
import { exportSnapshot } from '@cms/lib/exportSnapshot';
import { describeLeftOut, leftOutOfSnapshot } from '@cms/lib/leftOut';
import { step } from '@cms/scripts/steps';
import type { SettingsEnv } from '@platform/config';

/** The steps the CMS's commands share are the CMS's (`@cms/scripts/steps`); the platform's scripts use them from here too. */
export { contentDir, migrateStep, seedIfEmptyStep, step } from '@cms/scripts/steps';

/** Exports each council's published content plus the national content (data/snapshot/<council>/). */
export async function exportStep(payload: Payload, only: string[] = [], env?: SettingsEnv) {
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
