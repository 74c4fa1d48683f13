import { pbkdf2, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload';
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
 * The counts live in the admin process's memory (one process under `npm start`); they
 * reset on restart.
 */

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_CLIENT_AND_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 20;
/** At most this many counters are kept; the oldest are dropped first. */
const MAX_KEYS = 50_000;

export const THROTTLED_MESSAGE = 'Too many failed logins from this address. Wait 15 minutes, then try again.';

type Options = { windowMs: number; perClientAndEmail: number; perClient: number; now: () => number };

export class LoginThrottle {
  private failures = new Map<string, number[]>();
  constructor(
    private readonly options: Options = {
      windowMs: LOGIN_WINDOW_MS,
      perClientAndEmail: MAX_FAILURES_PER_CLIENT_AND_EMAIL,
      perClient: MAX_FAILURES_PER_CLIENT,
      now: Date.now,
    },
  ) {}

  private recent(key: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private keys(client: string, email: string): [string, string] {
    return [`client ${client}`, `client ${client} email ${email}`];
  }

  /** True when this client may not try this email now. */
  isThrottled(client: string, email: string): boolean {
    const [clientKey, pairKey] = this.keys(client, email);
    return this.recent(clientKey).length >= this.options.perClient || this.recent(pairKey).length >= this.options.perClientAndEmail;
  }

  /** Counts an attempt as failed (before it is tried, so parallel guesses count too); returns its mark. */
  recordFailure(client: string, email: string): number {
    const at = this.options.now();
    for (const key of this.keys(client, email)) {
      const list = this.recent(key);
      this.failures.delete(key); // re-insert: Map order is then oldest-used first
      this.failures.set(key, [...list, at]);
    }
    while (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
    return at;
  }

  /**
   * The attempt marked `at` succeeded: it does not count, and this client's earlier
   * failures for this email are forgiven. Its failures for other emails still count.
   */
  recordSuccess(client: string, email: string, at: number): void {
    const [clientKey, pairKey] = this.keys(client, email);
    const list = this.failures.get(clientKey);
    const i = list?.indexOf(at) ?? -1;
    if (list && i >= 0) list.splice(i, 1);
    this.failures.delete(pairKey);
  }

  clear(): void {
    this.failures.clear();
  }
}

declare global {
  /** The process's login throttle (`loginThrottle()`), kept on the global object. */
  var localOfferLoginThrottle: LoginThrottle | undefined;
}

/** One throttle per process, even if Next loads this module more than once. */
export function loginThrottle(): LoginThrottle {
  return (globalThis.localOfferLoginThrottle ??= new LoginThrottle());
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

type Attempt = { client: string; email: string; at: number };
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
  const throttle = loginThrottle();
  // Checked and counted before anything is awaited, so parallel guesses can't slip through.
  if (throttle.isThrottled(client, email)) throw new APIError(THROTTLED_MESSAGE, 429, null, true);
  const attempt: Attempt = { client, email, at: throttle.recordFailure(client, email) };
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
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const attempt = req.context[ATTEMPT] as Attempt | undefined;
  if (attempt) loginThrottle().recordSuccess(attempt.client, attempt.email, attempt.at);
  return user;
};
