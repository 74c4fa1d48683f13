import path from 'node:path';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import {
  Areas,
  Authorities,
  GlossaryTerms,
  Guides,
  Indicators,
  Media,
  Offers,
  Pledges,
  Spotlights,
  Users,
} from '@cms/collections';
import { databaseAdapter } from '@cms/db';
import { SiteBuild } from '@cms/globals/SiteBuild';
import { cmsDir, dataDir } from '@cms/paths';
import { resolveSecret } from '@cms/secret';

export default buildConfig({
  secret: resolveSecret(process.env, dataDir()),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Local offer admin' },
    components: { beforeDashboard: ['@cms/components/ReviewsDue#ReviewsDue'] },
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
    },
  },
  collections: [Offers, Guides, Spotlights, Pledges, GlossaryTerms, Indicators, Areas, Authorities, Media, Users],
  globals: [SiteBuild],
  // Uploads through the REST API stop here; `Media` explains the limit to the editor.
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  // Types are generated on purpose (`npx payload generate:types`), not by every script that starts Payload.
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts'), autoGenerate: false },
  telemetry: false,
});
