import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { spotlightData } from '@tests/helpers/library';
import { restClient } from '@tests/helpers/rest';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';
import { DEMO_LIBRARY_URL } from '@content/model/siteAddresses';

/**
 * Issue 18: each council owns only its own. Findings 2 (a council's identity: its address,
 * short name, ONS code, name and place in the register), 3 (accounts shared between councils)
 * and 12 (whether an email has an account; build status and errors), on SQLite and (under
 * TEST_DB=postgres) PostgreSQL, through REST, GraphQL and the Local API. Each test here
 * failed on the code before the fix.
 */
const DB = process.env.TEST_DB || 'sqlite';
type Who = 'admin' | 'platform-editor' | 'staff-a' | 'reviewer-a' | 'ye-a' | 'shared' | 'staff-b' | 'ye-b';

let cms: TestCms;
let payload: Payload;
let rest: Awaited<ReturnType<typeof restClient>>;
let graphql: (query: string, who?: Who) => Promise<{ data?: any; errors?: { message: string }[] }>;
const council = {} as Record<'A' | 'B' | 'C', number>;
const register = {} as Record<'A' | 'B' | 'merton', number>;
const people = {} as Record<Who, { id: number; token: string; user: any; email: string; password: string }>;
const sent: { to: string; subject: string; html: string }[] = [];

const SITE = { A: 'https://alpha.example/', B: 'https://beta.example/', C: 'https://shared.example/gamma/' } as const;
const SECRET_BUILD_ERROR = 'Astro failed in /srv/beta/secret-path';

async function signIn(who: Who, data: Record<string, unknown>) {
  const email = `${who}@test.example`;
  const password = `pw-${who}-${Math.random()}`;
  const user = await payload.create({ collection: 'users', data: { email, password, name: `${who} person`, ...data } });
  const { token } = await payload.login({ collection: 'users', data: { email, password } });
  people[who] = { id: user.id, token: token!, user: { ...user, collection: 'users' }, email, password };
}

const canSignIn = async (email: string, password: string) => (await rest('POST', '/users/login', { body: { email, password } })).status === 200;
const authority = (id: number) => payload.findByID({ collection: 'authorities', id, depth: 0 });

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  const config = (await import('@cms/payload.config')).default;
  rest = await restClient(config);
  const routes = await import('@payloadcms/next/routes');
  const post = routes.GRAPHQL_POST(config);
  graphql = async (query, who) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (who) headers.Authorization = `JWT ${people[who].token}`;
    const res = await post(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }));
    return res.json();
  };
  // Emails the platform sends (invitations), kept here instead of written to the console.
  payload.sendEmail = async (message: unknown) => {
    sent.push(message as (typeof sent)[number]);
  };

  register.A = (await payload.create({ collection: 'council-register', data: { name: 'Council Alpha', onsCode: 'DEMOA', type: 'unitary', region: 'london' } })).id;
  register.B = (await payload.create({ collection: 'council-register', data: { name: 'Council Beta', onsCode: 'DEMOB', type: 'unitary', region: 'london' } })).id;
  register.merton = (await payload.create({ collection: 'council-register', data: { name: 'London Borough of Merton', onsCode: 'E09000024', type: 'london-borough', region: 'london' } })).id;
  council.A = (await payload.create({ collection: 'authorities', data: councilData('A', { name: 'Council Alpha', siteUrl: SITE.A }) })).id;
  council.B = (await payload.create({ collection: 'authorities', data: councilData('B', { name: 'Council Beta', siteUrl: SITE.B }) })).id;
  council.C = (await payload.create({ collection: 'authorities', data: councilData('C', { name: 'Council Gamma', siteUrl: SITE.C }) })).id;

  // The first account on a platform is its admin.
  await signIn('admin', accountData('admin', null));
  await signIn('platform-editor', accountData('platform-editor', null));
  await signIn('staff-a', accountData('staff', council.A));
  await signIn('reviewer-a', accountData('reviewer', council.A));
  await signIn('ye-a', accountData('young-editor', council.A));
  // A young editor who writes for both councils.
  await signIn('shared', { councils: [{ council: council.A, role: 'young-editor' }, { council: council.B, role: 'young-editor' }] });
  await signIn('staff-b', accountData('staff', council.B));
  await signIn('ye-b', accountData('young-editor', council.B));

  await payload.update({
    collection: 'authorities',
    id: council.B,
    data: { build: { status: 'failed', trigger: 'publish', message: SECRET_BUILD_ERROR } },
    overrideAccess: true,
    context: { seeding: true },
  });
});

afterAll(async () => {
  await cms?.stop();
});

describe(`finding 2: a council's identity is the platform admin's (${DB})`, () => {
  const identity = { siteUrl: SITE.B, name: 'Council Beta', slug: 'council-beta', onsCode: 'E09000024', isDemo: true };
  const unchanged = async () => {
    const a = await authority(council.A);
    expect({ siteUrl: a.siteUrl, name: a.name, slug: a.slug, onsCode: a.onsCode, isDemo: a.isDemo, registeredCouncil: a.registeredCouncil }).toEqual({
      siteUrl: SITE.A, name: 'Council Alpha', slug: 'council-alpha', onsCode: 'DEMOA', isDemo: false, registeredCouncil: register.A,
    });
  };

  it('staff can’t change their council’s address, short name, ONS code, name, register link or demo flag (REST, GraphQL, Local API)', async () => {
    await rest('PATCH', `/authorities/${council.A}`, { token: people['staff-a'].token, body: { ...identity, registeredCouncil: register.merton } });
    await unchanged();
    await graphql(`mutation { updateAuthority(id: ${council.A}, data: { siteUrl: "${SITE.B}", name: "Council Beta", onsCode: "E09000024" }) { id } }`, 'staff-a');
    await unchanged();
    await payload.update({ collection: 'authorities', id: council.A, data: identity, overrideAccess: false, user: people['staff-a'].user }).catch(() => null);
    await unchanged();
  });

  it('staff still keep the rest of their council’s details up to date', async () => {
    const res = await rest('PATCH', `/authorities/${council.A}`, { token: people['staff-a'].token, body: { phone: '020 7946 0123', siteUrl: SITE.B } });
    expect(res.status).toBe(200);
    expect((await authority(council.A)).phone).toBe('020 7946 0123');
    await unchanged();
  });

  it('with another council’s ONS code, staff still submit spotlights only for their own council', async () => {
    await rest('PATCH', `/authorities/${council.A}`, { token: people['staff-a'].token, body: { onsCode: 'E09000024' } });
    const merton = await rest('POST', '/spotlights?draft=true', { token: people['staff-a'].token, body: await spotlightData(payload, { councils: [register.merton] }) });
    expect(merton.status).toBe(403);
    const own = await rest('POST', '/spotlights?draft=true', { token: people['staff-a'].token, body: await spotlightData(payload, { councils: [register.A] }) });
    expect(own.status).toBe(201);
  });

  it('the register link is stored: a register entry given the council’s ONS code later doesn’t take its place', async () => {
    const editor = people['platform-editor'].token;
    expect((await rest('PATCH', `/council-register/${register.A}`, { token: editor, body: { onsCode: 'DEMOA1' } })).status).toBe(200);
    const impostor = await rest('POST', '/council-register', { token: editor, body: { name: 'Impostor', onsCode: 'DEMOA', type: 'unitary', region: 'london' } });
    expect(impostor.status).toBe(201);
    expect((await authority(council.A)).registeredCouncil).toBe(register.A);
    const own = await rest('POST', '/spotlights?draft=true', { token: people['staff-a'].token, body: await spotlightData(payload, { councils: [register.A] }) });
    expect(own.status).toBe(201);
    const other = await rest('POST', '/spotlights?draft=true', { token: people['staff-a'].token, body: await spotlightData(payload, { councils: [impostor.json.doc.id] }) });
    expect(other.status).toBe(403);
    await rest('PATCH', `/council-register/${register.A}`, { token: editor, body: { onsCode: 'DEMOA2' } });
  });

  it.each([
    ['another council’s address', SITE.B, 'Council Beta'],
    ['the same address spelt differently', 'https://BETA.example:8443', 'Council Beta'],
    ['a path inside another council’s site', 'https://beta.example/alpha/', 'Council Beta'],
    ['the root of a host another council has a path on', 'https://shared.example/', 'Council Gamma'],
    ['a path inside another council’s path', 'https://shared.example/gamma/alpha/', 'Council Gamma'],
    ['the practice library’s address', DEMO_LIBRARY_URL, 'the national practice library'],
    ['the root above the practice library', 'https://care-leavers.partnership.example/', 'the national practice library'],
    ['another council’s address on this machine', 'http://council-beta.localhost/', 'Council Beta'],
  ])('a platform admin can’t give a council %s', async (_, siteUrl, owner) => {
    const res = await rest('PATCH', `/authorities/${council.A}`, { token: people.admin.token, body: { siteUrl } });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].data.errors).toEqual([{ path: 'siteUrl', message: expect.stringContaining(`which is ${owner}’s`) }]);
    expect((await authority(council.A)).siteUrl).toBe(SITE.A);
  });

  it('nor LIBRARY_SITE_URL, when it is set', async () => {
    process.env.LIBRARY_SITE_URL = 'https://library.example/practice/';
    try {
      const res = await rest('PATCH', `/authorities/${council.A}`, { token: people.admin.token, body: { siteUrl: 'https://library.example/' } });
      expect(res.status).toBe(400);
      expect(res.json.errors[0].data.errors[0].message).toMatch(/the national practice library/);
    } finally {
      delete process.env.LIBRARY_SITE_URL;
    }
  });

  it('a path beside another council’s on a shared host is fine', async () => {
    const res = await rest('PATCH', `/authorities/${council.A}`, { token: people.admin.token, body: { siteUrl: 'https://shared.example/alpha/' } });
    expect(res.status).toBe(200);
    expect((await rest('PATCH', `/authorities/${council.A}`, { token: people.admin.token, body: { siteUrl: SITE.A } })).status).toBe(200);
  });

  it('no two councils have one name (as people read it), on update or create', async () => {
    const res = await rest('PATCH', `/authorities/${council.A}`, { token: people.admin.token, body: { name: 'council  BETA' } });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].data.errors).toEqual([{ path: 'name', message: expect.stringContaining('Another council is already called "Council Beta"') }]);
    const created = await rest('POST', '/authorities', { token: people.admin.token, body: councilData('D', { name: 'Council Beta' }) });
    expect(created.status).toBe(400);
    await expect(payload.create({ collection: 'authorities', data: councilData('E', { name: 'Council Beta' }) })).rejects.toThrow();
    expect((await payload.count({ collection: 'authorities', where: { name: { equals: 'Council Beta' } } })).totalDocs).toBe(1);
  });

  it('a council that got another’s address before the fix: its build fails naming the clash; the owner’s site stays', async () => {
    const { buildCouncilSites, listCouncils, writeSiteDirectory, readSiteDirectory } = await import('@platform/build/councilSites');
    const { siteForRequest } = await import('@content/model/siteDirectory');
    const env = { ...process.env, SITE_OUT_DIR: mkdtempSync(path.join(tmpdir(), 'lop-sites-')) };
    writeSiteDirectory(env.SITE_OUT_DIR, await listCouncils(payload), { graceMs: 0 });
    // As the attack left it: straight into the database, as no API allows any more.
    await payload.db.updateOne({ collection: 'authorities', id: council.A, data: { siteUrl: SITE.B } });
    try {
      const [result] = await buildCouncilSites(payload, (await listCouncils(payload, [String(council.A)])), { env, log: () => {}, trigger: 'test' });
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining('which is Council Beta’s') });
      const status = (await payload.findByID({ collection: 'authorities', id: council.A, overrideAccess: true })).build;
      expect(status).toMatchObject({ status: 'failed', message: expect.stringContaining('beta.example/') });
      expect(siteForRequest(readSiteDirectory(env.SITE_OUT_DIR).sites, 'beta.example', '/')?.slug).toBe('council-beta');
    } finally {
      await payload.db.updateOne({ collection: 'authorities', id: council.A, data: { siteUrl: SITE.A } });
    }
  });
});

describe(`finding 3: a person shared between councils is managed by neither council’s staff alone (${DB})`, () => {
  it('staff can’t set the password or email of, rename or delete a young editor who also writes for another council (REST, Local API)', async () => {
    const staff = people['staff-a'];
    const shared = people.shared;
    expect((await rest('PATCH', `/users/${shared.id}`, { token: staff.token, body: { password: 'taken-over-123456' } })).status).not.toBe(200);
    expect((await rest('PATCH', `/users/${shared.id}`, { token: staff.token, body: { email: 'attacker@test.example' } })).status).not.toBe(200);
    expect((await rest('PATCH', `/users/${shared.id}`, { token: staff.token, body: { name: 'Renamed' } })).status).not.toBe(200);
    expect((await rest('DELETE', `/users/${shared.id}`, { token: staff.token })).status).not.toBe(200);
    await payload.update({ collection: 'users', id: shared.id, data: { password: 'taken-over-123456' }, overrideAccess: false, user: staff.user }).catch(() => null);
    await payload.delete({ collection: 'users', id: shared.id, overrideAccess: false, user: staff.user }).catch(() => null);
    expect(await canSignIn(shared.email, 'taken-over-123456')).toBe(false);
    expect(await canSignIn(shared.email, shared.password)).toBe(true);
    const after = await payload.findByID({ collection: 'users', id: shared.id, depth: 0 });
    expect([after.name, after.email]).toEqual(['shared person', shared.email]);
  });

  it('staff manage a young editor of their own council only, and never set their password or email', async () => {
    const staff = people['staff-a'];
    const ye = people['ye-a'];
    expect((await rest('PATCH', `/users/${ye.id}`, { token: staff.token, body: { name: 'Renamed by staff' } })).status).toBe(200);
    const password = await rest('PATCH', `/users/${ye.id}`, { token: staff.token, body: { password: 'set-by-staff-123456' } });
    expect(password.status).toBe(403);
    expect(password.json.errors[0].message).toMatch(/Forgot your password/);
    expect((await rest('PATCH', `/users/${ye.id}`, { token: staff.token, body: { email: 'elsewhere@test.example' } })).status).toBe(403);
    expect(await canSignIn(ye.email, 'set-by-staff-123456')).toBe(false);
    expect(await canSignIn(ye.email, ye.password)).toBe(true);
    // The admin's form sends the address back as it was: that's fine.
    expect((await rest('PATCH', `/users/${ye.id}`, { token: staff.token, body: { email: ye.email, name: 'ye-a person' } })).status).toBe(200);
  });

  it('people set their own password; only a platform admin sets someone else’s or changes an email', async () => {
    const ye = people['ye-a'];
    const newPassword = `pw-own-${Math.random()}`;
    expect((await rest('PATCH', `/users/${ye.id}`, { token: ye.token, body: { password: newPassword } })).status).toBe(200);
    expect(await canSignIn(ye.email, newPassword)).toBe(true);
    ye.password = newPassword;
    const admin = people.admin.token;
    expect((await rest('PATCH', `/users/${people['ye-b'].id}`, { token: admin, body: { password: 'set-by-admin-123456' } })).status).toBe(200);
    expect(await canSignIn(people['ye-b'].email, 'set-by-admin-123456')).toBe(true);
    people['ye-b'].password = 'set-by-admin-123456';
  });

  it('staff see only their own councils’ rows of a shared person’s account (REST, GraphQL, Local API)', async () => {
    const staff = people['staff-a'];
    const councilsOf = (doc: { councils?: { council: unknown }[] | null }) => (doc.councils ?? []).map((m) => String((m.council as { id?: unknown })?.id ?? m.council));
    const one = await rest('GET', `/users/${people.shared.id}?depth=0`, { token: staff.token });
    expect(one.status).toBe(200);
    expect(councilsOf(one.json)).toEqual([String(council.A)]);
    const list = await rest('GET', '/users?limit=100&depth=1', { token: staff.token });
    expect(list.json.docs.length).toBeGreaterThan(1);
    for (const doc of list.json.docs) expect(councilsOf(doc)).toEqual([String(council.A)]);
    const local = await payload.findByID({ collection: 'users', id: people.shared.id, depth: 0, overrideAccess: false, user: staff.user });
    expect(councilsOf(local)).toEqual([String(council.A)]);
    const gql = await graphql(`{ Users(limit: 100) { docs { email councils { council { id } role } } } }`, 'staff-a');
    const rows = (gql.data?.Users?.docs ?? []).flatMap((d: { councils?: { council: { id: unknown } }[] }) => (d.councils ?? []).map((m) => String(m.council.id)));
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows)).toEqual(new Set([String(council.A)]));
    // What they may do is still decided on every row: saving the account keeps B's row.
    const self = await rest('GET', `/users/${people.shared.id}?depth=0`, { token: people.shared.token });
    expect(councilsOf(self.json).sort()).toEqual([String(council.A), String(council.B)].sort());
  });
});

describe(`finding 12: staff can’t tell whether an email has an account elsewhere (${DB})`, () => {
  const invite = (email: string) =>
    rest('POST', '/users', { token: people['staff-a'].token, body: { email, password: 'typed-by-staff-123', name: 'Invited', councils: [{ council: council.A, role: 'young-editor' }] } });
  /** The account waiting for an invited person, as stored (with its link's token). */
  const invitation = (email: string) =>
    payload.db.findOne<{ id: number; resetPasswordToken: string }>({ collection: 'users', where: { invitedEmail: { equals: email } } });
  /** A response with what differs between any two invitations (ids, times, the address typed) taken out. */
  const shape = (res: { status: number; json: any }, email: string) =>
    JSON.parse(JSON.stringify(res).replaceAll(email, '<email>').replace(/"(id|createdAt|updatedAt)":("[^"]*"|\d+)/g, '"$1":"<x>"'));

  it('inviting an address that has an account in another council answers exactly as inviting a new one', async () => {
    const before = sent.length;
    const taken = await invite(people['ye-b'].email);
    const fresh = await invite('new-person@test.example');
    expect(fresh.status).toBe(201);
    expect(shape(taken, people['ye-b'].email)).toEqual(shape(fresh, 'new-person@test.example'));
    // Each gets one email, to the address invited.
    expect(sent.slice(before).map((m) => m.to)).toEqual([people['ye-b'].email, 'new-person@test.example']);
    // Staff see both invitations the same way, and neither signs in with the password they typed.
    const list = await rest('GET', '/users?limit=100&depth=0', { token: people['staff-a'].token });
    const rows = list.json.docs.filter((u: { name: string }) => u.name === 'Invited');
    expect(rows.map((u: { email: string }) => u.email).sort()).toEqual([people['ye-b'].email, 'new-person@test.example'].sort());
    expect(await canSignIn(people['ye-b'].email, 'typed-by-staff-123')).toBe(false);
    expect(await canSignIn('new-person@test.example', 'typed-by-staff-123')).toBe(false);
    // The other council's young editor is untouched.
    expect(await canSignIn(people['ye-b'].email, people['ye-b'].password)).toBe(true);
    const yeB = await payload.findByID({ collection: 'users', id: people['ye-b'].id, depth: 0 });
    expect((yeB.councils ?? []).map((m) => [m.council, m.role])).toEqual([[council.B, 'young-editor']]);
  });

  it('a filter on the address finds an invitation neither way', async () => {
    const count = async (email: string) => (await rest('GET', `/users?where[email][equals]=${encodeURIComponent(email)}`, { token: people['staff-a'].token })).json?.totalDocs;
    expect(await count(people['ye-b'].email)).toBe(await count('new-person@test.example'));
  });

  it('the new person accepts by choosing a password, and signs in with the address invited', async () => {
    const pending = (await invitation('new-person@test.example'))!;
    const accepted = await rest('POST', '/users/reset-password', { body: { token: pending.resetPasswordToken, password: 'chosen-by-them-123' } });
    expect(accepted.status).toBe(200);
    expect(await canSignIn('new-person@test.example', 'chosen-by-them-123')).toBe(true);
    const account = await payload.findByID({ collection: 'users', id: pending.id, depth: 0 });
    expect([account.email, account.invitedEmail ?? null, (account.councils ?? []).map((m) => [m.council, m.role])]).toEqual(['new-person@test.example', null, [[council.A, 'young-editor']]]);
  });

  it('an invitation to an address that already has an account can’t take it over', async () => {
    const pending = (await invitation(people['ye-b'].email))!;
    const res = await rest('POST', '/users/reset-password', { body: { token: pending.resetPasswordToken, password: 'taken-over-123456' } });
    expect(res.status).toBe(409);
    expect(await canSignIn(people['ye-b'].email, 'taken-over-123456')).toBe(false);
    expect(await canSignIn(people['ye-b'].email, people['ye-b'].password)).toBe(true);
  });

  it('changing one’s own email address answers the same whether the new one is taken or not', async () => {
    const me = people['staff-a'];
    const taken = await rest('PATCH', `/users/${me.id}`, { token: me.token, body: { email: people['staff-b'].email } });
    const free = await rest('PATCH', `/users/${me.id}`, { token: me.token, body: { email: 'nobody-has-this@test.example' } });
    expect(taken.status).toBe(403);
    expect(taken).toEqual(free);
    expect((await payload.findByID({ collection: 'users', id: me.id, depth: 0 })).email).toBe(me.email);
  });
});

describe(`finding 12: build status and errors are the council’s staff’s (${DB})`, () => {
  const buildOf = async (who: Who | null) => {
    const res = await rest('GET', `/authorities/${council.B}?depth=0`, who ? { token: people[who].token } : {});
    return res.json?.build?.message ?? null;
  };

  it('only the council’s staff and platform admins read its build status and errors (REST, Local API)', async () => {
    expect(await buildOf('staff-b')).toBe(SECRET_BUILD_ERROR);
    expect(await buildOf('admin')).toBe(SECRET_BUILD_ERROR);
    for (const who of ['staff-a', 'reviewer-a', 'ye-a', 'ye-b', 'shared', 'platform-editor', null] as const) {
      expect(await buildOf(who), String(who)).toBeNull();
    }
    const local = await payload.findByID({ collection: 'authorities', id: council.B, overrideAccess: false, user: people['staff-a'].user });
    expect(JSON.stringify(local)).not.toContain(SECRET_BUILD_ERROR);
  });

  it('not through GraphQL, nor through a relationship (a person’s councils)', async () => {
    const gql = await graphql(`{ Authorities(limit: 10) { docs { name build { status message } } } Users(limit: 100) { docs { councils { council { build { message } } } } } }`, 'ye-b');
    expect(JSON.stringify(gql)).not.toContain(SECRET_BUILD_ERROR);
    const me = await rest('GET', '/users/me?depth=1', { token: people['ye-b'].token });
    expect(JSON.stringify(me.json)).not.toContain(SECRET_BUILD_ERROR);
    const own = await graphql(`{ Authority(id: ${council.B}) { build { message } } }`, 'staff-b');
    expect(own.data?.Authority?.build?.message).toBe(SECRET_BUILD_ERROR);
  });

  it('nor by filtering or sorting councils on it', async () => {
    const token = people['staff-a'].token;
    const count = async (query: string) => {
      const res = await rest('GET', `/authorities?${query}`, { token });
      return res.status === 200 ? res.json.totalDocs : `refused ${res.status}`;
    };
    expect(await count('where[build.message][like]=secret-path')).toBe(await count('where[build.message][like]=zz-no-such'));
    expect(await count('where[build.status][equals]=failed')).toBe(await count('where[build.status][equals]=succeeded'));
    const sorted = await rest('GET', '/authorities?sort=build.status', { token });
    expect(sorted.status).not.toBe(200);
  });
});
