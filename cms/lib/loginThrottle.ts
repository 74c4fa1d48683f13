import { createHmac, pbkdf2, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type Payload } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { RateLimiterDrizzle } from 'rate-limiter-flexible';
import { postgresFeedbackLimits, sqliteFeedbackLimits } from '@cms/lib/feedbackLimits';
import { settings } from '@content/model/settings';

/**
 * Password guessing is slowed down per client, not per account.
 *
 * Payload's own lock (`auth.maxLoginAttempts`) counts failures per account: after 5 the
 * account answers "locked", which an unknown email never does (so it tells an attacker which
 * emails have accounts), and anyone anywhere can lock the real admin out by guessing wrong
 * five times. It is off (`maxLoginAttempts: 0` in `Users`); instead failed logins are counted
 *
 *   - per client address and email: 5 in 15 minutes, then that email is refused from there;
 *   - per client address: 20 in 15 minutes, then every email is refused from there;
 *
 * and a refused client gets the same 429 answer whichever email it tries, existing or not.
 * Someone guessing from one address can't lock anyone out anywhere else. Wrong password and
 * unknown email answer the same 401, and take the same time (an unknown email costs one
 * password hash too). Logins through the Local API (server code) are not counted.
 *
 * The client address. Next's route handlers see headers only. Next's own server (`next dev`,
 * `next start`) puts the connection's address in `X-Forwarded-For`, but only when the request
 * does not bring that header itself, so a client talking to Next directly can write its own.
 * So: with ADMIN_TRUSTED_PROXIES=0 (the default, for the admin on 127.0.0.1 or behind a proxy
 * that *replaces* the header, e.g. nginx `proxy_set_header X-Forwarded-For $remote_addr`)
 * the last entry is used; with N trusted proxies that each *append* the address they saw,
 * the Nth entry from the end. Anything that is not an IP address counts as one shared
 * "unknown" client. IPv6 addresses count per /64 (one household or server gets a /64).
 * Don't expose `next start` to the internet directly: a client could then pick its address.
 * The counts live in the database (below), so they hold across admin servers and restarts.
 */

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_CLIENT_AND_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 20;

export const THROTTLED_MESSAGE = 'Too many failed logins from this address. Wait 15 minutes, then try again.';

/** The 429 a throttled client gets (a PublicError: its message survives the compiled admin, `cms/lib/publicError.ts`). */
class LoginThrottledError extends PublicError {
  constructor() {
    super(THROTTLED_MESSAGE, 429);
    this.name = 'LoginThrottled';
  }
}

/**
 * The counts, in the database every admin process shares: `rate-limiter-flexible`'s
 * `RateLimiterDrizzle` on Payload's own Drizzle connection and the `feedback_rate_limits`
 * table (`@cms/lib/feedbackLimits`, the feedback limit's table; each limiter's keys carry
 * its own prefix). Each count is one atomic upsert, so several admin servers on one
 * PostgreSQL count a client's failures as one, and a restart forgets nothing. A window
 * starts at a key's first failure and lasts 15 minutes (a fixed window, where the
 * in-memory counts kept a sliding one). Keys are HMACs under the Payload secret: the table
 * never holds an address or an email.
 */
export class LoginThrottle {
  private readonly perClient: RateLimiterDrizzle;
  private readonly perClientAndEmail: RateLimiterDrizzle;
  constructor(
    private readonly payload: Payload,
    { windowMs = LOGIN_WINDOW_MS, perClient = MAX_FAILURES_PER_CLIENT, perClientAndEmail = MAX_FAILURES_PER_CLIENT_AND_EMAIL } = {},
  ) {
    const drizzle = 'drizzle' in payload.db ? payload.db.drizzle : null;
    if (!drizzle) throw new Error('Login throttling needs a Drizzle database (SQLite or PostgreSQL).');
    const schema = payload.db.name === 'postgres' ? postgresFeedbackLimits : sqliteFeedbackLimits;
    const duration = Math.max(1, Math.ceil(windowMs / 1000));
    this.perClient = new RateLimiterDrizzle({ storeClient: drizzle, schema, keyPrefix: 'login-client', points: perClient, duration });
    this.perClientAndEmail = new RateLimiterDrizzle({ storeClient: drizzle, schema, keyPrefix: 'login-email', points: perClientAndEmail, duration });
  }

  private keys(client: string, email: string): { clientKey: string; pairKey: string } {
    const hash = (text: string) => createHmac('sha256', this.payload.secret).update(text).digest('base64url');
    return { clientKey: hash(client), pairKey: hash(`${client}\n${email}`) };
  }

  /**
   * Counts an attempt as failed before it is tried (so parallel guesses count too); false
   * when this client may not try this email now (it has used up either count), and then
   * the refused attempt is not counted.
   */
  async admit(client: string, email: string): Promise<boolean> {
    const { clientKey, pairKey } = this.keys(client, email);
    const known = await this.perClient.get(clientKey);
    if (known && known.consumedPoints >= this.perClient.points) return false;
    const [byClient, byPair] = await Promise.all([this.perClient.penalty(clientKey), this.perClientAndEmail.penalty(pairKey)]);
    if (byClient.consumedPoints <= this.perClient.points && byPair.consumedPoints <= this.perClientAndEmail.points) return true;
    await Promise.all([this.perClient.reward(clientKey), this.perClientAndEmail.reward(pairKey)]);
    return false;
  }

  /**
   * The attempt admitted succeeded: it does not count, and this client's earlier failures
   * for this email are forgiven. Its failures for other emails still count.
   */
  async recordSuccess(client: string, email: string): Promise<void> {
    const { clientKey, pairKey } = this.keys(client, email);
    await Promise.all([this.perClient.reward(clientKey), this.perClientAndEmail.delete(pairKey)]);
  }
}

/** One throttle per open Payload (the limiters stay with its database connection). */
const throttles = new WeakMap<Payload, LoginThrottle>();

export function loginThrottle(payload: Payload): LoginThrottle {
  let throttle = throttles.get(payload);
  if (!throttle) throttles.set(payload, (throttle = new LoginThrottle(payload)));
  return throttle;
}

/** The first four groups of an IPv6 address (its /64). */
function ipv6Prefix(address: string): string {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = address.includes('::')
    ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The client's address as the throttle counts it (see above), or "unknown". */
export function clientAddress(headers: Headers | undefined, trustedProxies = settings().ADMIN_TRUSTED_PROXIES): string {
  const entries = (headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  let address = entries[Math.max(0, entries.length - 1 - hops)] ?? '';
  address = address.replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/%.*$/, '');
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  if (isIP(address) === 4) return address;
  if (isIP(address) === 6) return ipv6Prefix(address);
  return 'unknown';
}

const normaliseEmail = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '');

type Attempt = { client: string; email: string };
const ATTEMPT = 'loginThrottleAttempt';

/** The same work Payload does for a wrong password (PBKDF2-SHA256, 600,000 rounds), for an unknown email. */
function hashLikePayload(password: string): Promise<void> {
  return new Promise((resolve) => pbkdf2(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256', () => resolve()));
}

/**
 * `beforeOperation` for `users`: refuses a throttled client, counts the attempt, and makes an
 * unknown email cost what a wrong password costs. Also clears a lock Payload's own counter
 * set before it was turned off, so no account can ever answer "locked".
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args;
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {};
  const email = normaliseEmail(data.email);
  const client = clientAddress(req.headers);
  // Counted (one atomic upsert per count) before the password is checked, so parallel guesses can't slip through.
  if (!(await loginThrottle(req.payload).admit(client, email))) throw new LoginThrottledError();
  const attempt: Attempt = { client, email };
  req.context[ATTEMPT] = attempt;

  if (email && typeof data.password === 'string' && data.password.trim()) {
    const user = (await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })) as {
      id: number | string;
      lockUntil?: string | null;
      loginAttempts?: number | null;
    } | null;
    if (!user) await hashLikePayload(data.password);
    else if (user.lockUntil || user.loginAttempts) {
      await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: null, loginAttempts: 0 }, req });
    }
  }
  return args;
};

/** `afterLogin` for `users`: a successful login is not a failure. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = req.context[ATTEMPT] as Attempt | undefined;
  if (attempt) await loginThrottle(req.payload).recordSuccess(attempt.client, attempt.email);
  return user;
};
