/**
 * Swaps a site back and forth between two versions as fast as builds can be copied, through
 * the build's own `swapInto` (platform/build/siteFolders.ts), in a process of its own so that the
 * swaps, the server and the test's clients all run at once. For tests/int/siteSwap.int.spec.ts.
 *
 *   tsx tests/helpers/swapLoop.ts <outDir> <versionA> <versionB> <swaps> <graceMs>
 *
 * Prints `{"swaps": n, "mostBuilds": n}` when done. SITE_SWAP_MODULE names a module whose
 * `swapVersion(versionDir, outDir, graceMs)` replaces the default (used to show the test fails
 * on the rename-then-delete swap this replaced).
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildsDir, newBuildFolder, swapInto } from '../../platform/build/siteFolders';

type SwapVersion = (versionDir: string, outDir: string, graceMs: number) => void;

const [outDir, versionA, versionB, swaps, graceMs] = process.argv.slice(2);
const swapVersion: SwapVersion = process.env.SITE_SWAP_MODULE
  ? ((await import(pathToFileURL(path.resolve(process.env.SITE_SWAP_MODULE)).href)) as { swapVersion: SwapVersion }).swapVersion
  : (versionDir, out, grace) => {
      const build = newBuildFolder(out);
      cpSync(versionDir, build, { recursive: true });
      swapInto(build, out, { graceMs: grace });
    };

let mostBuilds = 0;
for (let i = 0; i < Number(swaps); i++) {
  swapVersion(i % 2 ? versionA! : versionB!, outDir!, Number(graceMs));
  try {
    mostBuilds = Math.max(mostBuilds, readdirSync(buildsDir(outDir!)).filter((e) => !e.endsWith('.retired')).length);
  } catch {
    // another layout
  }
  // Now and then, a pause of a few milliseconds, so swaps land at every point of a request.
  if (i % 4 === 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
}
process.stdout.write(`${JSON.stringify({ swaps: Number(swaps), mostBuilds })}\n`);
