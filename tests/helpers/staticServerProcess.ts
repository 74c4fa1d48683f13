/**
 * The site's server in a process of its own, as under `npm start`, for tests that must see
 * whether it crashes: `tsx tests/helpers/staticServerProcess.ts <root>` prints
 * `{"port": n}` once listening. STATIC_SERVER_MODULE swaps in another implementation (used to
 * show that tests/int/siteSwap.int.spec.ts fails on the hand-written server it replaced).
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modulePath = process.env.STATIC_SERVER_MODULE || path.join(here, '..', '..', 'platform', 'server', 'staticServer.ts');
const { serveStatic } = (await import(pathToFileURL(path.resolve(modulePath)).href)) as typeof import('../../platform/server/staticServer');
const server = await serveStatic(process.argv[2]!, 0);
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
