/**
 * The platform's settings: one object over every environment variable the runtime reads, with
 * its type, default, description and whether it is a secret (issue 19, part 1).
 *
 *   import { settings } from '@platform/config';
 *   const { SITE_OUT_DIR, SITE_BUILD_TIMEOUT_MS } = settings();
 *
 * `settings()` parses `process.env` once, on first use (again only if a variable changed), and
 * fails with one line naming the variable and what is wrong. Tests parse their own
 * environment: `settings({ SITE_PORT: 'x' })` or `parseSettings(env)`.
 *
 * The definitions live in `content/model/settings.ts` so that the admin (`cms/`) and the site's
 * build can read them too without depending on the platform (platform → cms → model).
 */
export {
  SETTING_NAMES,
  SettingsError,
  oneSetting,
  parseSettings,
  settingDoc,
  settingDocs,
  settings,
  settingsSchema,
  settingsTable,
  type SettingDoc,
  type SettingName,
  type Settings,
  type SettingsEnv,
} from '../content/model/settings';
