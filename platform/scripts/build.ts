/**
 * `npm run build [-- <council> …]`: migrate, then for every council (or only those named:
 * short name, ONS code or id) export what is published plus the national content and build
 * its static site into dist/<council>/ with its search index, sitemap, manifest and offline
 * pages. The same code builds one council or all (`buildCouncilSites`), and records each
 * council's build status for the dashboard. A failed council keeps its last good site; the
 * command then exits with an error after building the others.
 *
 * Rebuild jobs run the same work (`runBuildCommand`) in a warm builder process
 * (`platform/scripts/builder.ts`), asked with `--council=<id> --trigger=<why>`.
 */
import '@platform/scripts/settingsFirst';
import { buildRequestOf, runBuildCommand } from '@platform/build/buildCommand';
import { closePayload, openPayload } from '@cms/lib/payload';

const payload = await openPayload();
let ok = false;
try {
  ok = await runBuildCommand(payload, buildRequestOf(process.argv.slice(2)));
} finally {
  await closePayload(payload);
}
process.exit(ok ? 0 : 1);
