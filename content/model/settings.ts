/**
 * Every setting the platform reads from its environment, in one place (issue 19, part 1): its
 * name, type, default, what it does and whether it is a secret. `settings()` parses
 * `process.env` on first use and keeps the result; a variable that is set but wrong stops the
 * process with one line naming it and what is wrong, e.g.
 * `Setting SITE_BUILD_TIMEOUT_MS: expected a whole number of milliseconds, got "abc"`.
 * A variable set to the empty string counts as unset (its default applies).
 *
 * Here, in the content model, so that every part can read it: the admin (`cms/`), the site's
 * build (`astro.config.mjs`) and the platform runtime (`platform/`, which re-exports it as
 * `@platform/config`). Pure apart from `settings()`'s default of `process.env`: tests parse
 * their own environment with `parseSettings(env)`. The README's settings table is checked
 * against `settingsSchema` by `tests/unit/settings.unit.spec.ts`.
 *
 * Loaded by `astro.config.mjs` before aliases exist: relative imports and packages only.
 */
import { z } from 'zod';

/** What one kind of value must look like: `expected` completes "expected …" in the error. */
type Kind<T> = { expected: string; read: (raw: string) => T | undefined };

const wholeNumber = (raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined => {
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};

const milliseconds: Kind<number> = { expected: 'a whole number of milliseconds, more than 0', read: (raw) => wholeNumber(raw, 1) };
const millisecondsOrNone: Kind<number> = { expected: 'a whole number of milliseconds, 0 or more', read: (raw) => wholeNumber(raw, 0) };
const port: Kind<number> = { expected: 'a port number from 1 to 65535', read: (raw) => wholeNumber(raw, 1, 65_535) };
const count = (min: number): Kind<number> => ({ expected: `a whole number, ${min} or more`, read: (raw) => wholeNumber(raw, min) });
const megabytes: Kind<number> = {
  expected: 'a number of megabytes, 0 or more',
  read: (raw) => (/^\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined),
};
const text: Kind<string> = { expected: 'text', read: (raw) => raw };
const webAddress: Kind<string> = {
  expected: 'a web address (http:// or https://)',
  read: (raw) => {
    try {
      return ['http:', 'https:'].includes(new URL(raw).protocol) ? raw : undefined;
    } catch {
      return undefined;
    }
  },
};
/** An AES key as Next's server actions take it: 16, 24 or 32 bytes, base64 (`openssl rand -base64 32`). */
const aesKey: Kind<string> = {
  expected: 'a base64 AES key of 16, 24 or 32 bytes (`openssl rand -base64 32`)',
  read: (raw) => (/^[A-Za-z0-9+/]+={0,2}$/.test(raw) && [16, 24, 32].includes(Buffer.from(raw, 'base64').length) ? raw : undefined),
};
const ON = ['1', 'true', 'yes', 'on'];
const OFF = ['0', 'false', 'no', 'off'];
const flag: Kind<boolean> = {
  expected: '1 (on) or 0 (off)',
  read: (raw) => (ON.includes(raw.toLowerCase()) ? true : OFF.includes(raw.toLowerCase()) ? false : undefined),
};
const oneOf = <const T extends string>(...values: readonly T[]): Kind<T> => ({
  expected: values.map((v) => `"${v}"`).join(' or '),
  read: (raw) => values.find((v) => v === raw),
});

/** What the README says of a setting. */
export type SettingDoc = {
  /** One line: what it does. */
  description: string;
  /** The default as the README shows it. */
  shownDefault: string;
  /** Never printed (an error says "a value not shown here" instead). */
  secret: boolean;
};

/** Node's own modes (what Next.js and Vitest set). */
type NodeEnv = 'development' | 'production' | 'test';

type Definition<T> = {
  /** The value when the variable is unset or empty; none: the setting is `undefined`. */
  default?: T;
  /** The default as the README shows it (when it is not simply `default`). */
  shownDefault?: string;
  description: string;
  secret?: boolean;
};

/** What each setting's schema says of it, for the README's table. */
export const settingDocs = z.registry<SettingDoc>();

const shown = (value: unknown): string =>
  value === undefined ? 'unset' : typeof value === 'boolean' ? (value ? '`1`' : '`0`') : `\`${String(value)}\``;

/** One variable: unset or empty gives the default; set, it must be of its kind. */
function setting<T>(kind: Kind<T>, definition: Definition<T> & { default: T }): z.ZodType<T, string | undefined>;
function setting<T>(kind: Kind<T>, definition: Definition<T>): z.ZodType<T | undefined, string | undefined>;
function setting<T>(kind: Kind<T>, definition: Definition<T>): z.ZodType<T | undefined, string | undefined> {
  const schema = z
    .string()
    .optional()
    .transform((value, ctx): T | undefined => {
      const raw = value?.trim();
      if (!raw) return definition.default;
      const read = kind.read(raw);
      if (read !== undefined) return read;
      const got = definition.secret ? 'a value not shown here (it is a secret)' : JSON.stringify(value);
      ctx.addIssue({ code: 'custom', message: `expected ${kind.expected}, got ${got}` });
      return z.NEVER;
    });
  settingDocs.add(schema, {
    description: definition.description,
    shownDefault: definition.shownDefault ?? shown(definition.default),
    secret: definition.secret === true,
  });
  return schema;
}

/**
 * Every variable, in the order the README's table lists them: a zod schema over an
 * environment (`process.env` or a test's own). Adding one here is how the platform starts
 * reading a new variable; the settings test then asks for its README row.
 */
export const settingsSchema = z.object({
  NODE_ENV: setting<NodeEnv>(oneOf<NodeEnv>('development', 'production', 'test'), {
    default: 'development',
    description: '`production`: a required `PAYLOAD_SECRET`, no demo account unless `DEMO_ADMIN_PASSWORD`, secure cookies, the compiled admin.',
  }),
  DATA_DIR: setting(text, { default: 'data', description: 'The private data folder (SQLite database, session secret, demo password, snapshots), relative to the repo root.' }),
  DATABASE_URL: setting(text, {
    shownDefault: 'SQLite `<DATA_DIR>/local-offer.db`',
    description: 'A `postgres://` URL for PostgreSQL, or a `file:` URL for another SQLite file.',
    secret: true,
  }),
  SQLITE_BUSY_TIMEOUT_MS: setting(milliseconds, { default: 10_000, description: "How long a SQLite statement waits for another process's write." }),
  PAYLOAD_SECRET: setting(text, {
    shownDefault: 'made once in `<DATA_DIR>/.payload-secret` (required in production)',
    description: 'The secret sessions are signed with: at least 32 characters in production.',
    secret: true,
  }),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: setting(aesKey, {
    shownDefault: 'made by `next build` (one per build)',
    description:
      "The key Next encrypts the admin's server-action data with. Several admin servers share it (set it for `next build` and every `next start`); required in production for an admin that does not run the jobs (one of several).",
    secret: true,
  }),
  DEMO_ADMIN_PASSWORD: setting(text, {
    shownDefault: 'made once in `<DATA_DIR>/.demo-admin-password` (none in production)',
    description: "The demo admin's password.",
    secret: true,
  }),
  ADMIN_HOST: setting(text, { default: '127.0.0.1', description: 'The address the admin listens on (`0.0.0.0`: every interface).' }),
  ADMIN_PORT: setting(port, { default: 3000, description: "The admin's port." }),
  ADMIN_URL: setting(webAddress, { shownDefault: '`http://localhost:<ADMIN_PORT>`', description: "The admin's public address (the origins it accepts requests from)." }),
  ADMIN_TRUSTED_PROXIES: setting(count(0), { default: 0, description: 'How many reverse proxies in front of the admin add to `X-Forwarded-For`.' }),
  HOST: setting(text, { default: '127.0.0.1', description: 'The address `npm start` serves the public sites on.' }),
  SITE_PORT: setting(port, { default: 4321, description: "The public sites' port under `npm start`." }),
  PORT: setting(port, { default: 4321, description: 'The port `npm run serve` serves the built sites on.' }),
  SITE_URL: setting(text, { description: "Overrides the council's public address (one council, a preview build)." }),
  LIBRARY_SITE_URL: setting(text, {
    shownDefault: 'the demo address on a platform of demo councils',
    description: "The practice library's public address: set it in production.",
  }),
  SITE_OUT_DIR: setting(text, { default: 'dist', description: 'The folder the sites are built into, one folder per council.' }),
  SITE_SNAPSHOT: setting(text, { default: 'data/snapshot/snapshot.json', description: 'The snapshot a single-site Astro build (`astro dev`, `astro build`) reads.' }),
  SITE_PLAN: setting(text, { description: 'Set by the build for its Astro run: the plan file naming the sites it builds.' }),
  SITE_CACHE_DIR: setting(text, { shownDefault: 'one for each build, beside its output', description: "Astro's content cache folder. Each build has its own unless this names one (two builds at once never share it)." }),
  SITE_BUILD_GROUP: setting(count(1), { default: 50, description: 'How many councils one Astro run builds.' }),
  SITE_BUILD_TIMEOUT_MS: setting(milliseconds, { default: 20 * 60 * 1000, description: 'The time limit on each build step (the Astro run, each search index).' }),
  SITE_BUILD_JOB_TIMEOUT_MS: setting(milliseconds, { default: 60 * 60 * 1000, description: "The time limit on a whole rebuild job's build process." }),
  SITE_BUILD_GRACE_MS: setting(millisecondsOrNone, { default: 60_000, description: 'How long a replaced build stays on disk for requests already under way.' }),
  SITE_BUILD_WORKER: setting(flag, { default: false, description: 'This admin runs the rebuild jobs (`npm start` sets it; see `npm run worker`).' }),
  SITE_REBUILD_ON_PUBLISH: setting(flag, { default: false, description: 'Publishing queues a rebuild of the sites it changes (`npm start` sets it).' }),
  SITE_REBUILD_DEBOUNCE_MS: setting(millisecondsOrNone, { default: 500, description: 'How long a rebuild waits for more changes before it starts (groups a burst of publishes into one build).' }),
  SITE_WORKER_POLL_MS: setting(milliseconds, { default: 250, description: 'How often the jobs worker (`npm run worker`) looks for a rebuild that is due.' }),
  SITE_REBUILD_RETRY_DELAY_MS: setting(milliseconds, { default: 30_000, description: 'The first wait before a failed rebuild is tried again (doubled the second time).' }),
  SITE_DEPLOY_HOOK_URL: setting(webAddress, { description: 'A host builds instead: it receives a POST with the council.', secret: true }),
  SITE_PRECOMPRESS_CACHE: setting(text, {
    shownDefault: '`<DATA_DIR>/cache/precompress` for served builds',
    description: 'The folder of compressed files kept between builds (`off`: none).',
  }),
  SITE_PRECOMPRESS_CACHE_MB: setting(megabytes, { default: 512, description: "The compressed files cache's size limit." }),
  OPEN_REFERRAL_CACHE_MB: setting(megabytes, { default: 64, description: "The Open Referral API's page cache in memory (`0`: none)." }),
  SMTP_HOST: setting(text, {
    description: 'The mail server the admin sends email through (invitations, the weekly review reminders). Unset: no email is sent, and the log says so.',
  }),
  SMTP_PORT: setting(port, { default: 587, description: "The mail server's port." }),
  SMTP_SECURE: setting(flag, { default: false, description: 'Connect to the mail server over TLS from the start (port 465); otherwise STARTTLS when the server offers it.' }),
  SMTP_USER: setting(text, { description: 'The user name the admin signs in to the mail server with (unset: no sign-in).' }),
  SMTP_PASSWORD: setting(text, { description: "The mail server password for `SMTP_USER`.", secret: true }),
  EMAIL_FROM_ADDRESS: setting(text, { default: 'no-reply@localhost', description: 'The address the admin’s emails come from.' }),
  EMAIL_FROM_NAME: setting(text, { default: 'Local offer admin', description: 'The name the admin’s emails come from.' }),
  REVIEW_EMAIL_CRON: setting(text, {
    default: '0 7 * * 1',
    description: 'When the weekly review reminder is sent to each council’s staff (cron, the server’s time zone; default Mondays at 07:00).',
  }),
  FEEDBACK_RATE_LIMIT: setting(count(1), { default: 10, description: 'How many feedback posts one client (its address, hashed) may send in `FEEDBACK_RATE_WINDOW_MS`; counted in the database, across server processes.' }),
  FEEDBACK_RATE_WINDOW_MS: setting(milliseconds, { default: 10 * 60 * 1000, description: 'The window the feedback rate limit counts over.' }),
  FEEDBACK_MIN_MS: setting(millisecondsOrNone, { default: 3000, description: 'Feedback sent sooner than this after the page was shown is refused (the time the page\'s script puts in; a static page without script cannot say when it was shown, so such a post is not timed).' }),
  SITE_TRUSTED_PROXIES: setting(count(0), { default: 0, description: 'How many reverse proxies in front of the public sites add to `X-Forwarded-For` (the feedback rate limit\'s client address).' }),
  S3_BUCKET: setting(text, {
    description: 'The S3-compatible bucket uploads are kept in (private: never public-read). Unset: uploads stay on the local disk under `<DATA_DIR>/media`.',
  }),
  S3_ENDPOINT: setting(webAddress, { shownDefault: "AWS's own", description: 'The address of an S3-compatible service other than AWS (MinIO, Ceph, a cloud provider\'s).' }),
  S3_REGION: setting(text, { default: 'eu-west-2', description: "The bucket's region." }),
  S3_ACCESS_KEY_ID: setting(text, { shownDefault: "the SDK's own (instance role, `~/.aws`)", description: 'The access key the platform signs bucket requests with.', secret: true }),
  S3_SECRET_ACCESS_KEY: setting(text, { description: 'The secret of `S3_ACCESS_KEY_ID`.', secret: true }),
  S3_FORCE_PATH_STYLE: setting(flag, { default: false, description: 'Address the bucket as `<endpoint>/<bucket>/…` (most S3-compatible services other than AWS need it).' }),
  SITE_RELEASE_BUCKET: setting(text, {
    description:
      "After each council's successful build, its site is uploaded to this S3-compatible bucket as a new release (`<council>/releases/<id>/`) and `<council>/current.json` switched to it, for a static host or CDN to serve (the `S3_*` settings give its endpoint and credentials). Unset: the sites are only served by the platform's server.",
  }),
  SITE_RELEASE_KEEP: setting(count(1), { default: 5, description: "How many of a council's releases the bucket keeps (the current one and those before it, for rollback)." }),
  BANK_HOLIDAYS_URL: setting(webAddress, {
    default: 'https://www.gov.uk/bank-holidays.json',
    description: 'Where `npm run update:bank-holidays` fetches the official list of bank holidays (GOV.UK\'s shape).',
  }),
});

/** The parsed settings: each variable's value, or its default. */
export type Settings = Readonly<z.output<typeof settingsSchema>>;
export type SettingName = keyof Settings;
export const SETTING_NAMES = settingsSchema.keyof().options;

/** A setting that is set but wrong. Its message is one line. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** An environment the settings are read from: `process.env`, or a test's own. */
export type SettingsEnv = Record<string, string | undefined>;

/** Parses `env` (every setting checked): throws a `SettingsError` naming the first variable that is wrong. */
export function parseSettings(env: SettingsEnv): Settings {
  const result = settingsSchema.safeParse(env);
  if (result.success) return result.data;
  const [first, ...more] = result.error.issues;
  const also = more.length ? ` (and ${more.length} more: ${more.map((issue) => String(issue.path[0])).join(', ')})` : '';
  throw new SettingsError(`Setting ${String(first?.path[0])}: ${first?.message ?? 'could not be read'}${also}`);
}

let cached: { key: string; settings: Settings } | undefined;

/**
 * The settings of this process, parsed from `process.env` on first use and kept. Parsed again
 * only if one of the variables changed since (tests set them); `env`: parse that instead.
 */
export function settings(env?: SettingsEnv): Settings {
  if (env && env !== process.env) return parseSettings(env);
  const key = SETTING_NAMES.map((name) => process.env[name] ?? '\u0000').join('\u0001');
  if (cached?.key !== key) cached = { key, settings: parseSettings(process.env) };
  return cached.settings;
}

/** For each setting `oneSetting` has given: the text of its variable then, and the settings it was taken from. */
const oneCache = new Map<SettingName, { raw: string | undefined; from: Settings }>();

/**
 * One setting of this process, for code that asks for it very often (every page of a site
 * build reads SITE_PLAN many times). It reads only its own variable to see whether it
 * changed since it was last asked; `settings()` reads all of them (about 50 reads of
 * `process.env`, each a call into the environment, which took a fifth of a council's page
 * rendering). Each variable is parsed on its own, so one unchanged is still right.
 */
export function oneSetting<N extends SettingName>(name: N): Settings[N] {
  const raw = process.env[name];
  const hit = oneCache.get(name);
  if (hit && hit.raw === raw) return hit.from[name];
  const from = settings();
  oneCache.set(name, { raw, from });
  return from[name];
}

/** What the README says of `name`. */
export function settingDoc(name: SettingName): SettingDoc {
  const doc = settingDocs.get(settingsSchema.shape[name]);
  if (!doc) throw new Error(`No description for setting ${name}`);
  return doc;
}

/** The README's settings table (Markdown), from the schema. */
export function settingsTable(): string {
  const rows = SETTING_NAMES.map((name) => {
    const doc = settingDoc(name);
    return `| \`${name}\` | ${doc.shownDefault} | ${doc.secret ? 'yes' : ''} | ${doc.description} |`;
  });
  return ['| Variable | Default | Secret | What it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
