/**
 * `node --import tsx tests/helpers/installationDumpProcess.ts <out.json> [<email> <password>]`:
 * writes `dumpInstallation` of the installation the environment names (`DATABASE_URL`,
 * `DATA_DIR`) to `out.json`, and whether that email and password sign in (`signsIn`). A process
 * of its own: Payload's config is made once per process, for one database.
 */
import { writeFileSync } from 'node:fs';
import { closePayload, openPayload } from '@cms/lib/payload';
import { dumpInstallation } from '@tests/helpers/installationDump';

const [out, email, password] = process.argv.slice(2);
if (!out) throw new Error('Usage: installationDumpProcess.ts <out.json> [<email> <password>]');
const payload = await openPayload();
try {
  const dump = await dumpInstallation(payload);
  let signsIn: boolean | null = null;
  if (email && password) {
    signsIn = await payload
      .login({ collection: 'users', data: { email, password } })
      .then((result) => Boolean(result.token))
      .catch(() => false);
  }
  writeFileSync(out, JSON.stringify({ ...dump, signsIn }));
} finally {
  await closePayload(payload);
}
process.exit(0);
