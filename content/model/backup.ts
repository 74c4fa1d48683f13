/**
 * A backup's manifest (`manifest.json` in each folder `npm run backup` writes, issue 23 part 6):
 * what the backup holds and how to check it. `npm run restore` reads it with this schema before
 * anything else, checks every file's size and sha256 against it, and refuses the backup if one
 * differs, naming the file.
 *
 * Paths are relative to the backup folder, with `/` between folders: the database in
 * `database/`, each media file (a file of `<DATA_DIR>/media`, or an object of the bucket under
 * its key) in `media/`.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';
/** The folder of a backup that holds the media, one file per upload (its key in the bucket). */
export const MEDIA_FOLDER = 'media';

/** A relative path that stays inside the backup folder: no `..`, no empty or `.` parts, no leading `/` or `\`. */
export const backupPath = z
  .string()
  .min(1)
  .refine((p) => !p.includes('\\') && p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    message: 'expected a relative path inside the backup folder',
  });

export const backupFileSchema = z.object({
  path: backupPath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex'),
  /** A bucket object's content type, given back to it on restore. */
  contentType: z.string().optional(),
});

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  /** `version` of the platform's package.json. */
  platformVersion: z.string(),
  /** When the backup started (ISO 8601, UTC). */
  createdAt: z.iso.datetime(),
  database: z.object({
    kind: z.enum(['sqlite', 'postgres']),
    /** The database file: a SQLite database, or a `pg_dump` archive in its custom format. */
    file: backupPath,
    /** The migrations applied to the database, oldest first (the schema's version). */
    migrations: z.array(z.string()),
  }),
  media: z.object({
    /** Where the media were copied from: the local media folder or the bucket. */
    source: z.enum(['local', 'bucket']),
    /** How many media files there are (each one is in `files`, under `media/`). */
    count: z.number().int().nonnegative(),
  }),
  /** Every file of the backup but this manifest. */
  files: z.array(backupFileSchema),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupFile = z.infer<typeof backupFileSchema>;
