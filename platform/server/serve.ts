/**
 * `npm run serve`: serve every council's built site in dist/ (or SITE_OUT_DIR) on PORT
 * (default 4321): `<council>.localhost`, each council's public host name, and an index of
 * councils (or, with one council, that council's site) at plain localhost. Each request is
 * logged as one JSON line with its request id; `/healthz` and `/readyz` answer probes; SIGTERM
 * stops it gracefully (requests under way are finished) with exit code 0.
 */
import { servePlatform, serverSettings } from '@platform/server/staticServer';
import { openFeedbackStore } from '@platform/server/feedbackStore';
import { exitOnStopSignal, requestLogger, stopGracefully } from '@platform/server/lifecycle';

const { root, port, host } = serverSettings();
const logger = requestLogger();
// Readers' feedback goes to the CMS's database, opened on the first post (platform/server/feedback.ts).
const server = await servePlatform(root, port, host, { feedback: openFeedbackStore, logger });
exitOnStopSignal(() => stopGracefully(server), logger);
const address = server.address();
const listening = address && typeof address === 'object' ? address.port : port;
logger.info({ root, port: listening }, `Serving the councils' sites in ${root} at http://localhost:${listening}/`);
