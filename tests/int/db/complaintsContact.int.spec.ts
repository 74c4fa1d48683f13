import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 20, part 3: every council must give a complaints contact (phone, email, online form),
 * because every "If you are told no" shows it. A person saving the council's settings without
 * one is told which field and why; the system's own writes (a build's status) still go through,
 * so a council upgraded without one keeps building.
 */
let cms: TestCms;
let payload: Payload;
let staff: { collection: 'users' } & Record<string, unknown>;
let councilId: number;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  const { complaints: _none, ...withoutComplaints } = councilData('COMPLAIN');
  councilId = (await payload.create({ collection: 'authorities', data: withoutComplaints, context: { seeding: true } })).id;
  const user = await payload.create({ collection: 'users', data: { email: 'staff@complaints.example', password: `pw-${Math.random()}`, name: 'staff person', ...accountData('staff', councilId) } });
  staff = { ...user, collection: 'users' };
});

afterAll(async () => {
  await cms?.stop();
});

const messages = (error: unknown) => JSON.stringify((error as { data?: unknown }).data ?? String(error));

describe(`a council's complaints contact (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('is required when staff save their council, naming each missing field', async () => {
    const error = await payload.update({ collection: 'authorities', id: councilId, data: { openingHours: '9 to 5, Monday to Friday' }, overrideAccess: false, user: staff }).catch((e: unknown) => e);
    expect(messages(error)).toMatch(/The complaints phone number is required[^"]*","path":"complaints\.phone"/);
    expect(messages(error)).toMatch(/complaints\.email/);
    expect(messages(error)).toMatch(/complaints\.formUrl/);
  });

  it('refuses an online form address that breaks the URL rule', async () => {
    const error = await payload
      .update({ collection: 'authorities', id: councilId, data: { complaints: { phone: '020 7946 0150', email: 'complaints@demo.example', formUrl: 'javascript:alert(1)' } }, overrideAccess: false, user: staff })
      .catch((e: unknown) => e);
    expect(messages(error)).toMatch(/complaints\.formUrl/);
  });

  it('is saved when given, and the system can still write the build status of a council without one', async () => {
    const complaints = { phone: '020 7946 0150', email: 'complaints@demo.example', formUrl: 'https://demo.example/complain' };
    const saved = await payload.update({ collection: 'authorities', id: councilId, data: { complaints }, overrideAccess: false, user: staff });
    expect(saved.complaints).toEqual(complaints);
    const { complaints: _none, ...other } = councilData('NOCOMPLAIN');
    const bare = await payload.create({ collection: 'authorities', data: other, context: { seeding: true } });
    const built = await payload.update({ collection: 'authorities', id: bare.id, data: { build: { status: 'succeeded' } }, overrideAccess: true, context: { seeding: true } });
    expect(built.build?.status).toBe('succeeded');
  });
});
