/**
 * The warm builder (`cms/jobs/warmBuilder.ts`): started by the process that runs the rebuild
 * jobs, it opens Payload once, then does `npm run build`'s work (`runBuildCommand`) each time
 * it is asked over its IPC channel, one build at a time, and answers how it went. It ends when
 * its channel closes (the jobs process stopping or gone) or on SIGTERM / Ctrl+C, each time
 * after the build under way, so a build is never left half done by a stop.
 */
import '@platform/scripts/settingsFirst';
import { buildRequestOf, runBuildCommand } from '@platform/build/buildCommand';
import { builderRequestSchema, type BuilderReply } from '@cms/jobs/warmBuilder';
import { closePayload, openPayload } from '@cms/lib/payload';

if (!process.send) {
  console.error('platform/scripts/builder.ts is started by the rebuild jobs, with an IPC channel; to build by hand, run `npm run build`.');
  process.exit(1);
}
const payload = await openPayload();
const reply = (message: BuilderReply) => {
  if (process.connected) process.send?.(message);
};
let builds: Promise<void> = Promise.resolve();
let stopping = false;
process.on('message', (raw) => {
  const request = builderRequestSchema.safeParse(raw);
  if (!request.success) {
    console.error(`The builder was sent something that is not a build request: ${request.error.issues[0]?.message}`);
    return;
  }
  builds = builds.then(async () => {
    const ok = await runBuildCommand(payload, buildRequestOf(request.data.args));
    reply({ type: 'done', id: request.data.id, ok });
  });
});
const stop = () => {
  if (stopping) return;
  stopping = true;
  void builds.finally(async () => {
    await closePayload(payload).catch(() => {});
    process.exit(0);
  });
};
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
reply({ type: 'ready' });
