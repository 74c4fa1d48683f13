/**
 * The fixed word lists of the content model, without zod, so browser code (the "What can I
 * get?" checker) can use them without bundling the schemas. Defined in
 * `@content/model/vocabularies`; re-exported here so the site keeps its import.
 */
export * from '@content/model/vocabularies';
