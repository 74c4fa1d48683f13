/**
 * The snapshot's schemas and word lists are the content model's (`@content/model`), which the
 * CMS imports too; re-exported here so the site's pages and components keep one import.
 */
export * from '@content/model/schemas';
export * from '@content/model/vocabularies';
