import type { Payload, SanitizedConfig } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, LoginThrottle, MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_CLIENT_AND_EMAIL, THROTTLED_MESSAGE } from '@cms/lib/loginThrottle';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Logging in, as an attacker would try it, through the real REST route handlers with the
 * client's address in `X-Forwarded-For` (as Next's own server sets it):
 *
 *  - wrong passwords for an existing account and attempts for an unknown email get the same
 *    status and body, however many there are (no "locked" for existing accounts only);
 *  - an attacker's failures don't lock the real admin out: they log in from elsewhere;
 *  - a client that keeps guessing is refused, the same way for every email.
 */
let cms: TestCms;
let payload: Payload;
let post: (path: string, body: unknown, client: string) => Promise<{ status: number; json: unknown }>;
let graphqlLogin: (email: string, password: string, client: string) => Promise<{ token?: string; errors?: { message: string }[] }>;

const ADMIN = { email: 'admin@test.example', password: 'the-admins-long-password-1' };
const EDITOR = { email: 'editor@test.example', password: 'the-editors-long-password-2' };

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  const config = (await import('@cms/payload.config')).default as Promise<SanitizedConfig>;
  const { REST_POST } = await import('@payloadcms/next/routes');
  const handler = REST_POST(config) as (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>;
  post = async (path, body, client) => {
    const request = new Request(`http://localhost/api${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
      body: JSON.stringify(body),
    });
    const response = await handler(request, { params: Promise.resolve({ slug: path.split('/').filter(Boolean) }) });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  };
  const graphql = (await import('@payloadcms/next/routes')).GRAPHQL_POST(config);
  graphqlLogin = async (email, password, client) => {
    const query = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }';
    const response = await graphql(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({ query, variables: { email, password } }),
      }),
    );
    const json = (await response.json()) as { data?: { loginUser?: { token?: string } | null }; errors?: { message: string }[] };
    return { token: json.data?.loginUser?.token, errors: json.errors?.map(({ message }) => ({ message })) };
  };
  await payload.create({ collection: 'users', data: { ...ADMIN, name: 'Admin', platformRole: 'admin' } });
  await payload.create({ collection: 'users', data: { ...EDITOR, name: 'Editor' } });
});

afterAll(async () => {
  await cms?.stop();
});

// The counts are in the database (`feedback_rate_limits`): each test uses addresses of its own.

const login = (email: string, password: string, client: string) => post('/users/login', { email, password }, client);

describe('login answers', () => {
  it('take as long for an unknown email as for a wrong password (no timing tell)', async () => {
    const timed = async (email: string, client: string) => {
      const started = performance.now();
      await login(email, 'a-wrong-password', client);
      return performance.now() - started;
    };
    const existing: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      existing.push(await timed(ADMIN.email, `192.0.2.${70 + i}`));
      unknown.push(await timed('nobody@test.example', `192.0.2.${80 + i}`));
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
    // Payload hashes the guess for an existing account (600,000 PBKDF2 rounds); an unknown
    // email used to answer at once. Loose bounds: the machine is shared.
    expect(median(unknown)).toBeGreaterThan(median(existing) * 0.5);
  });

  it('are the same for an existing account and an unknown email, wrong password after wrong password', async () => {
    for (let i = 1; i <= MAX_FAILURES_PER_CLIENT_AND_EMAIL + 3; i++) {
      const existing = await login(ADMIN.email, `guess-${i}`, '203.0.113.10');
      const unknown = await login('nobody@test.example', `guess-${i}`, '203.0.113.11');
      expect({ attempt: i, status: unknown.status, body: unknown.json }).toEqual({ attempt: i, status: existing.status, body: existing.json });
      expect(JSON.stringify(existing.json)).not.toMatch(/lock/i);
    }
  });

  it('never say "locked", and an attacker on another address does not lock the real admin out', async () => {
    for (let i = 0; i < 3 * MAX_FAILURES_PER_CLIENT_AND_EMAIL; i++) {
      const res = await login(ADMIN.email, `attacker-${i}`, `198.51.100.${1 + (i % 3)}`);
      expect(res.status).not.toBe(200);
      expect(JSON.stringify(res.json)).not.toMatch(/lock/i);
    }
    const res = await login(ADMIN.email, ADMIN.password, '192.0.2.50');
    expect(res.status).toBe(200);
    expect((res.json as { token?: string }).token).toBeTruthy();
    // Nor does the account carry a lock Payload would report later.
    const stored = (await payload.db.findOne({ collection: 'users', where: { email: { equals: ADMIN.email } } })) as { lockUntil?: unknown };
    expect(stored.lockUntil ?? null).toBeNull();
  });

  it('clear a lock left by the old per-account counter instead of reporting it', async () => {
    const user = (await payload.db.findOne({ collection: 'users', where: { email: { equals: EDITOR.email } } })) as { id: number };
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: new Date(Date.now() + 60 * 60 * 1000).toISOString(), loginAttempts: 5 } });
    const wrong = await login(EDITOR.email, 'wrong', '192.0.2.60');
    const unknown = await login('nobody@test.example', 'wrong', '192.0.2.61');
    expect([wrong.status, wrong.json]).toEqual([unknown.status, unknown.json]);
    expect((await login(EDITOR.email, EDITOR.password, '192.0.2.62')).status).toBe(200);
  });
});

describe('a client that keeps guessing', () => {
  it('is refused for that email after 5 failures, right password or not, the same for an unknown email', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT_AND_EMAIL; i++) {
      expect((await login(ADMIN.email, `guess-${i}`, '203.0.113.20')).status).toBe(401);
      expect((await login('nobody@test.example', `guess-${i}`, '203.0.113.21')).status).toBe(401);
    }
    const right = await login(ADMIN.email, ADMIN.password, '203.0.113.20');
    const unknown = await login('nobody@test.example', 'anything', '203.0.113.21');
    expect(right.status).toBe(429);
    expect([unknown.status, unknown.json]).toEqual([right.status, right.json]);
    // The same email from another address is not affected.
    expect((await login(ADMIN.email, ADMIN.password, '203.0.113.22')).status).toBe(200);
  });

  it('is refused for every email once it has failed 20 times, whichever emails it tried', async () => {
    const attacker = '203.0.113.30';
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) {
      // A different email each time: never 5 for one email.
      expect((await login(`guess-${i}@test.example`, 'password123', attacker)).status).toBe(401);
    }
    const existing = await login(EDITOR.email, EDITOR.password, attacker);
    const unknown = await login('someone-new@test.example', 'password123', attacker);
    expect(existing.status).toBe(429);
    expect([unknown.status, unknown.json]).toEqual([existing.status, existing.json]);
    // Everyone else carries on.
    expect((await login(EDITOR.email, EDITOR.password, '203.0.113.31')).status).toBe(200);
  });

  it('cannot reset its count by logging in to an account it owns', async () => {
    const attacker = '203.0.113.40';
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT - 1; i++) {
      await login(`target-${i}@test.example`, 'guess', attacker);
      if (i % 5 === 0) expect((await login(EDITOR.email, EDITOR.password, attacker)).status).toBe(200);
    }
    await login('target-last@test.example', 'guess', attacker);
    expect((await login(ADMIN.email, ADMIN.password, attacker)).status).toBe(429);
  });

  it('is refused through GraphQL too, which answers the same for existing and unknown emails', async () => {
    const attacker = '203.0.113.60';
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT_AND_EMAIL; i++) {
      const existing = await graphqlLogin(ADMIN.email, `guess-${i}`, attacker);
      const unknown = await graphqlLogin('nobody@test.example', `guess-${i}`, attacker);
      expect(existing.token).toBeUndefined();
      expect(unknown).toEqual(existing);
    }
    const right = await graphqlLogin(ADMIN.email, ADMIN.password, attacker);
    expect(right.token).toBeUndefined();
    expect(right.errors?.[0]?.message).toMatch(/too many failed logins/i);
    expect(await graphqlLogin('nobody@test.example', 'x', attacker)).toEqual(right);
    expect((await graphqlLogin(ADMIN.email, ADMIN.password, '203.0.113.61')).token).toBeTruthy();
  });

  it('counts guesses sent all at once', async () => {
    const attacker = '203.0.113.50';
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_CLIENT_AND_EMAIL * 3 }, (_, i) => login(ADMIN.email, `parallel-${i}`, attacker)),
    );
    expect(results.filter((r) => r.status === 401)).toHaveLength(MAX_FAILURES_PER_CLIENT_AND_EMAIL);
    expect(results.filter((r) => r.status === 429)).toHaveLength(MAX_FAILURES_PER_CLIENT_AND_EMAIL * 2);
  });
});

describe('the counts', () => {
  it('are in the database: another admin server (another throttle on the same database) refuses the same client', async () => {
    const attacker = '203.0.113.70';
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT_AND_EMAIL; i++) expect((await login(ADMIN.email, `guess-${i}`, attacker)).status).toBe(401);
    const elsewhere = new LoginThrottle(payload);
    expect(await elsewhere.admit(attacker, ADMIN.email)).toBe(false);
    expect(await elsewhere.admit('203.0.113.71', ADMIN.email)).toBe(true);
    const refused = await login(ADMIN.email, ADMIN.password, attacker);
    expect([refused.status, JSON.stringify(refused.json)]).toEqual([429, expect.stringContaining(THROTTLED_MESSAGE)]);
  });
});

describe('the client address', () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });
  it('is what Next’s server wrote, or with trusted proxies the entry the nearest proxy added', () => {
    expect(clientAddress(h('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(h('::ffff:203.0.113.7'), 0)).toBe('203.0.113.7');
    // A client's own header comes first; the proxy appends what it saw.
    expect(clientAddress(h('1.2.3.4, 203.0.113.7'), 1)).toBe('1.2.3.4');
    expect(clientAddress(h('1.2.3.4, 203.0.113.7, 10.0.0.2'), 1)).toBe('203.0.113.7');
    expect(clientAddress(h('1.2.3.4, 203.0.113.7, 10.0.0.2'), 0)).toBe('10.0.0.2');
  });
  it('counts garbage as one shared "unknown" client, and IPv6 per /64', () => {
    expect(clientAddress(h(), 0)).toBe('unknown');
    expect(clientAddress(h('not-an-address'), 0)).toBe('unknown');
    expect(clientAddress(h('2001:db8:1:2:aaaa::1'), 0)).toBe(clientAddress(h('2001:db8:1:2:bbbb::9'), 0));
    expect(clientAddress(h('2001:db8:1:2::1'), 0)).not.toBe(clientAddress(h('2001:db8:1:3::1'), 0));
  });
});
