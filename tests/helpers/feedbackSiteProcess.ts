/**
 * The test site served as under `npm start`, taking readers' feedback into a throwaway database
 * (issue 22), in a process of its own: `tsx tests/helpers/feedbackSiteProcess.ts <site folder>`
 * makes the database, applies the migrations, adds the test site's council (its ONS code, read
 * from the built page), the offer the browser test sends feedback from and an urgent search
 * word, then prints `{"port": n}` once listening. SIGTERM drops the database.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { accountData, councilData } from './accounts';
import { createTestDatabase } from './testDatabase';
import { lexical } from './testCms';
import { E2E_FIXTURES } from './e2e';

const siteDir = process.argv[2]!;
const offerPage = readFileSync(path.join(siteDir, 'offers', E2E_FIXTURES.searchable.slug, 'index.html'), 'utf8');
const onsCode = /name="council" value="([^"]+)"/.exec(offerPage)?.[1];
if (!onsCode) throw new Error('The test site has no feedback form with a council on its offer page: build it again (tests/helpers/buildTestSite.ts).');

const db = await createTestDatabase();
const { openPayload, migrateDatabase, closePayload } = await import('@cms/lib/payload');
const { serveStatic } = await import('@platform/server/staticServer');
const { payloadFeedbackStore } = await import('@platform/server/feedbackStore');
const payload = await openPayload();
await migrateDatabase(payload);
const council = await payload.create({ collection: 'authorities', data: councilData('E2E', { onsCode, emergency: { label: 'Out-of-hours team', phone: '020 7946 0999', hours: 'Nights and weekends' } }) });
await payload.create({ collection: 'users', data: { email: 'staff@e2e.example', password: `pw-${Math.random()}`, name: 'Staff', ...accountData('staff', council.id) } });
const area = await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 50 } });
await payload.create({
  collection: 'offers',
  data: { council: council.id, title: E2E_FIXTURES.searchable.title, slug: E2E_FIXTURES.searchable.slug, summary: 'A bicycle.', body: lexical('Body'), area: area.id, kind: 'local',
    legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.',
    ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01', _status: 'published' },
});
await payload.updateGlobal({ slug: 'search-words', data: { entries: [{ says: 'nowhere to sleep, kill myself', means: 'urgent help', urgent: true }] } });
const server = await serveStatic(siteDir, 0, '127.0.0.1', { feedback: payloadFeedbackStore(payload) });
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
process.on('SIGTERM', () => {
  server.close();
  void closePayload(payload)
    .then(() => db.drop())
    .finally(() => process.exit(0));
});
