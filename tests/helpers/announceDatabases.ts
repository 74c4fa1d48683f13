/** Says plainly which databases the integration suite runs on. */
export default function announceDatabases(): void {
  if (process.env.TEST_DATABASE_URL) {
    console.log('Integration tests: SQLite and PostgreSQL (TEST_DATABASE_URL is set).');
  } else {
    console.log(
      'Integration tests: SQLite only. TEST_DATABASE_URL is not set, so the PostgreSQL run is skipped; ' +
        'set it to a PostgreSQL server URL (bash .ci/run does) to run it too.',
    );
  }
}
