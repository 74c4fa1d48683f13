/**
 * A second platform server in a process of its own, taking feedback into the same database as
 * the test (its DATA_DIR or DATABASE_URL, inherited): `tsx tests/helpers/feedbackServerProcess.ts
 * <root>` prints `{"port": n}` once listening. Used to show that the feedback rate limit is
 * counted in the database, across processes (tests/int/db/feedback.int.spec.ts).
 */
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../platform/server/staticServer';
import { openFeedbackStore } from '../../platform/server/feedbackStore';

const server = await serveStatic(process.argv[2]!, 0, '127.0.0.1', { feedback: openFeedbackStore });
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
