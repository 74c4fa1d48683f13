/**
 * `npm run serve`: serve every council's built site in dist/ (or SITE_OUT_DIR) on PORT
 * (default 4321): `<council>.localhost`, each council's public host name, and an index of
 * councils (or, with one council, that council's site) at plain localhost.
 */
import path from 'node:path';
import { servePlatform } from '@platform/server/staticServer';

const root = path.resolve(process.env.SITE_OUT_DIR || 'dist');
const port = Number(process.env.PORT || 4321);
await servePlatform(root, port, process.env.HOST || '127.0.0.1');
console.log(`Serving the councils' sites in ${root} at http://localhost:${port}/`);
