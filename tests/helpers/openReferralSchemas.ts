/**
 * The official Open Referral UK schemas (`../shared/oruk`, copied unchanged from the UK
 * profile's repository; never copied into this project), compiled with a JSON Schema 2020-12
 * validator (Ajv) as the profile's README says: `$schema`/`$id` removed, `strict: false` for
 * its extra keywords. `null` when the folder is not there: `missing` says where to get it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const ORUK_DIR = path.resolve(process.env.ORUK_SPEC_DIR || '../shared/oruk');

export const ORUK_MISSING = `The Open Referral UK specification is not at ${ORUK_DIR}: these tests validate against its official schemas. Put the specification (the OpenReferralUK/uk-profile repository, its openapi.json and schema/ folder) in ../shared/oruk, or set ORUK_SPEC_DIR to where it is.`;

export type OrukValidators = {
  root: ValidateFunction;
  page: (item: ValidateFunction) => ValidateFunction;
  service: ValidateFunction;
  serviceList: ValidateFunction;
  taxonomy: ValidateFunction;
  taxonomyTerm: ValidateFunction;
  organization: ValidateFunction;
  organizationList: ValidateFunction;
};

const read = (file: string) => {
  const schema = JSON.parse(readFileSync(path.join(ORUK_DIR, file), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.$id;
  return schema;
};

export function orukValidators(): OrukValidators | null {
  if (!existsSync(path.join(ORUK_DIR, 'openapi.json')) || !existsSync(path.join(ORUK_DIR, 'schema'))) return null;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // taxonomy.json refers to its terms by file name.
  ajv.addSchema(read('schema/taxonomy_term.json'), 'taxonomy_term.json');
  const openapi = read('openapi.json') as {
    paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: object } } } } } }>;
    components: { schemas: { Page: { properties: Record<string, unknown> } } };
  };
  const pageSchema = openapi.components.schemas.Page;
  const pages = new Map<ValidateFunction, ValidateFunction>();
  return {
    root: ajv.compile({ ...openapi.paths['/']!.get.responses[200].content['application/json'].schema, required: ['version', 'profile', 'openapi_url'] }),
    // A list: the specification's Page, every Page field present, and each item valid.
    page: (item) => {
      let validate = pages.get(item);
      if (!validate) {
        validate = ajv.compile({
          allOf: [pageSchema],
          required: [...Object.keys(pageSchema.properties), 'contents'],
          properties: { contents: { type: 'array', items: item.schema as object } },
        });
        pages.set(item, validate);
      }
      return validate;
    },
    service: ajv.compile(read('schema/service.json')),
    serviceList: ajv.compile(read('schema/service_list.json')),
    taxonomy: ajv.compile(read('schema/taxonomy.json')),
    taxonomyTerm: ajv.getSchema('taxonomy_term.json')!,
    organization: ajv.compile(read('schema/organization.json')),
    organizationList: ajv.compile(read('schema/organization_list.json')),
  };
}

/** Ajv's errors, short enough to read in a failure. */
export const schemaErrors = (validate: ValidateFunction) =>
  JSON.stringify((validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
