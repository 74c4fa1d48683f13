/** `npm run serve`: serve the built site in dist/ (or SITE_OUT_DIR) on PORT (default 4321). */
import path from 'node:path';
import { serveStatic } from '@site/server/staticServer';

const root = path.resolve(process.env.SITE_OUT_DIR || 'dist');
const port = Number(process.env.PORT || 4321);
await serveStatic(root, port, process.env.HOST || '127.0.0.1');
console.log(`Serving ${root} at http://localhost:${port}/`);
