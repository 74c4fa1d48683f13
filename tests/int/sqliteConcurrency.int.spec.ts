import { spawn, type ChildProcess } from 'node:child_process';
import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sqliteClient } from '@cms/db';
import { sqliteFilePath } from '@cms/lib/privateFiles';
import { repoRoot } from '@cms/paths';
import { councilData } from '@tests/helpers/accounts';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 18, finding 7: on SQLite, one council's editing failed another council's takedown
 * with "database is locked". The admin, the rebuild worker's `npm run build` child and an
 * import are separate processes writing one file; each connection now waits its turn
 * (a busy timeout) and readers never block writers (WAL). SQLite only (this file is not
 * under tests/int/db/, so it runs on the embedded database alone).
 */
let cms: TestCms;
let payload: Payload;
let councilId: number;
let areaId: number;
let n = 0;
const holders: ChildProcess[] = [];

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  councilId = (await payload.create({ collection: 'authorities', data: councilData('Locks'), context: { seeding: true } })).id;
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 }, context: { seeding: true } })).id;
});

afterEach(() => {
  for (const child of holders.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

afterAll(async () => {
  await cms?.stop();
});

/**
 * Another process (as the build's child process, or a second admin, would be) holding the
 * database for `ms`: a write transaction (`BEGIN IMMEDIATE`, then a write), or a read
 * transaction that has read (as a long export does). Resolves once it holds it.
 */
async function holdDatabase(kind: 'write' | 'read', ms: number): Promise<{ released: Promise<void> }> {
  const file = sqliteFilePath(cms.db.url)!;
  const script = `
    import Database from 'libsql';
    const db = new Database(${JSON.stringify(file)});
    db.exec('PRAGMA busy_timeout = 10000');
    if (${JSON.stringify(kind)} === 'write') {
      db.exec('BEGIN IMMEDIATE');
      db.exec("UPDATE authorities SET phone = phone");
    } else {
      db.exec('BEGIN');
      db.prepare('SELECT count(*) FROM authorities').all();
    }
    console.log('holding');
    setTimeout(() => { db.exec('COMMIT'); console.log('released'); db.close(); }, ${ms});
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  holders.push(child);
  let out = '';
  child.stderr.on('data', (d) => (out += String(d)));
  const released = new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`holder exited ${code}: ${out}`)))));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      if (String(d).includes('holding')) resolve();
    });
    released.catch(reject);
  });
  return { released };
}

const draftOffer = (): RequiredDataFromCollectionSlug<'offers'> => ({
  council: councilId, title: `Draft ${++n}`, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local',
  legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, // the collection's defaults
  howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01', _status: 'draft',
});

describe('SQLite: concurrent writers wait their turn (issue 18, finding 7)', () => {
  it('the adapter’s connection is in WAL mode with a busy timeout', async () => {
    const client = sqliteClient(payload)!;
    expect(client).not.toBeNull();
    const mode = await client.execute('PRAGMA journal_mode');
    expect(String(mode.rows[0]?.[0]).toLowerCase()).toBe('wal');
    const timeout = await client.execute('PRAGMA busy_timeout');
    expect(Number(timeout.rows[0]?.[0])).toBeGreaterThan(0);
  });

  it('so does the connection libsql opens after handing one to a transaction', async () => {
    const client = sqliteClient(payload)!;
    // libsql gives a transaction the client's connection and opens a new one for what follows.
    const tx = await client.transaction('write');
    await tx.commit();
    const timeout = await client.execute('PRAGMA busy_timeout');
    expect(Number(timeout.rows[0]?.[0])).toBeGreaterThan(0);
  });

  it('drafts saved and a build status written while another process writes all succeed: none is "database is locked"', async () => {
    const { released } = await holdDatabase('write', 1500);
    const { recordBuild } = await import('@cms/jobs/siteRebuild');
    const outcomes = await Promise.allSettled([
      payload.create({ collection: 'offers', draft: true, data: draftOffer() }),
      payload.create({ collection: 'offers', draft: true, data: draftOffer() }),
      recordBuild(payload, councilId, { status: 'succeeded', trigger: 'a takedown', startedAt: new Date().toISOString(), finishedAt: new Date().toISOString(), message: 'The site was rebuilt.' }),
    ]);
    await released;
    const errors = outcomes.flatMap((o) => (o.status === 'rejected' ? [String((o.reason as Error)?.message ?? o.reason)] : []));
    expect(errors).toEqual([]);
    expect((await payload.findByID({ collection: 'authorities', id: councilId })).build).toMatchObject({ status: 'succeeded', trigger: 'a takedown' });
    expect((await payload.find({ collection: 'offers', draft: true, where: { council: { equals: councilId } }, depth: 0 })).totalDocs).toBeGreaterThanOrEqual(2);
  });

  it('a long read in another process (an export) does not hold up a save', async () => {
    const { released } = await holdDatabase('read', 4000);
    const started = Date.now();
    await payload.create({ collection: 'offers', draft: true, data: draftOffer() });
    const took = Date.now() - started;
    await released;
    // Without WAL the save waits for the reader to finish (4 s) or fails.
    expect(took).toBeLessThan(3000);
  });
});
