/**
 * `npm run serve`: serve every council's built site in dist/ (or SITE_OUT_DIR) on PORT
 * (default 4321): `<council>.localhost`, each council's public host name, and an index of
 * councils (or, with one council, that council's site) at plain localhost.
 */
import { servePlatform, serverSettings } from '@platform/server/staticServer';
import { openFeedbackStore } from '@platform/server/feedbackStore';

const { root, port, host } = serverSettings();
// Readers' feedback goes to the CMS's database, opened on the first post (platform/server/feedback.ts).
await servePlatform(root, port, host, { feedback: openFeedbackStore });
console.log(`Serving the councils' sites in ${root} at http://localhost:${port}/`);
