/**
 * The content model: the one contract the CMS (`cms/`) and the site (`site/`) both import,
 * and neither imports the other for. See `content/README.md` ("The content model").
 *
 * - `vocabularies`: word lists (values, editor labels by language, the site's label groups);
 * - `patterns`: slug, ONS code, date and unit rules, and shared limits;
 * - `urlRule`: the one rule for every URL that comes from content;
 * - `schemas`: the snapshot's zod schemas, built from the above;
 * - `snapshot`: checking a whole snapshot, as the site build and the CMS dashboard do;
 * - `fields`: how CMS collections line up with the snapshot, the mapping's type, and
 *   which text fields are for translating;
 * - `contentFiles`: the checks on the files in `content/`.
 *
 * `vocabularies`, `patterns` and `urlRule` have no imports, so browser code can use them.
 */
export * from './vocabularies';
export * from './patterns';
export * from './urlRule';
export * from './schemas';
export * from './snapshot';
export * from './fields';
export * from './contentFiles';
