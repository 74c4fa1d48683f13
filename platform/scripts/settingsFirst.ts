/**
 * Imported first by every platform command (`npm start`, `npm run build`, `export`, `worker`):
 * the settings are read before anything else is, so a wrong one stops the command at once
 * with its one line (`Setting SITE_PORT: expected a port number from 1 to 65535, got "x"`),
 * not with a stack trace from whichever module read it first.
 */
import { settings, SettingsError } from '@platform/config';

try {
  settings();
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
