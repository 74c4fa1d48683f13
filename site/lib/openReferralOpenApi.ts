/**
 * The OpenAPI 3 description of a council's Open Referral UK API (`<api>/openapi.json`, named
 * by `openapi_url` in `GET /`): this API's own endpoints and parameters, with responses given
 * by the UK profile's published schemas (referred to at their published addresses, never
 * copied) plus the fields this feed adds.
 */
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, ORUK_PROFILE, ORUK_VERSION } from '@content/model/openReferral';

const SCHEMAS = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/compiled/';

const param = (name: string, type: string, description: string, where: 'query' | 'path' = 'query') => ({
  name,
  in: where,
  required: where === 'path',
  description,
  schema: { type },
});

const PAGING = [
  param('page', 'integer', 'Page number, from 1.'),
  param('per_page', 'integer', `Results a page: ${DEFAULT_PER_PAGE} unless asked, at most ${MAX_PER_PAGE}.`),
];

const pageOf = (item: string) => ({
  description: 'A page of the list.',
  content: {
    'application/json': {
      schema: {
        allOf: [{ $ref: '#/components/schemas/Page' }],
        properties: { contents: { type: 'array', items: { $ref: `${SCHEMAS}${item}` } } },
      },
    },
  },
});
const one = (item: string) => ({ description: 'The item.', content: { 'application/json': { schema: { $ref: `${SCHEMAS}${item}` } } } });
const notFound = { description: 'No item with this id: `{ "status": 404, "error": "…" }`.' };
const byId = (what: string, item: string) => ({
  parameters: [param('id', 'string', `The ${what}'s id (a UUID).`, 'path')],
  get: { summary: `One ${what}, fully nested.`, responses: { 200: one(item), 404: notFound } },
});

export function openReferralOpenApi(apiUrl: string, council: string): Record<string, unknown> {
  return {
    openapi: '3.0.0',
    info: {
      title: `${council}: local offer for care leavers (Open Referral UK)`,
      version: ORUK_VERSION,
      description: `${council}'s published local offer for care leavers as Open Referral UK (HSDS 3.0, UK profile: ${ORUK_PROFILE}). Open to all, no key. Services also carry the HSDS fields \`eligibility_description\` and \`application_process\`, contacts \`email\` and \`phones\`, and fields of this platform starting \`lop_\`.`,
    },
    servers: [{ url: apiUrl }],
    paths: {
      '/': { get: { summary: 'This API: its HSDS version, profile and this document.', responses: { 200: { description: '`version`, `profile`, `openapi_url`.' } } } },
      '/services': {
        get: {
          summary: 'A page of services (one per offer page): their one-to-one fields and organisation.',
          parameters: [
            param('search', 'string', 'Words that must all appear in the name, description, eligibility, how to apply or terms.'),
            ...PAGING,
            param('taxonomy_term_id', 'string', 'Only services with this taxonomy term.'),
            param('taxonomy_id', 'string', 'Only services with a term of this taxonomy.'),
            param('minimum_age', 'number', 'Only services whose minimum age is at least this.'),
            param('maximum_age', 'number', 'Only services whose maximum age is at most this.'),
            param('modified_after', 'string', 'Only services changed at or after this date and time (ISO 8601).'),
          ],
          responses: { 200: pageOf('service_list.json'), 400: { description: 'A parameter is not valid: `{ "status": 400, "error": "…" }`.' } },
        },
      },
      '/services/{id}': byId('service', 'service.json'),
      '/taxonomies': { get: { summary: 'A page of taxonomies.', parameters: PAGING, responses: { 200: pageOf('../taxonomy.json') } } },
      '/taxonomies/{id}': byId('taxonomy', '../taxonomy.json'),
      '/taxonomy_terms': { get: { summary: 'A page of taxonomy terms.', parameters: PAGING, responses: { 200: pageOf('../taxonomy_term.json') } } },
      '/taxonomy_terms/{id}': byId('taxonomy term', '../taxonomy_term.json'),
      '/organizations': { get: { summary: 'A page of organisations: the council.', parameters: PAGING, responses: { 200: pageOf('organization_list.json') } } },
      '/organizations/{id}': byId('organization', 'organization.json'),
    },
    components: {
      schemas: {
        Page: {
          type: 'object',
          properties: {
            total_items: { type: 'integer' },
            total_pages: { type: 'integer' },
            page_number: { type: 'integer' },
            size: { type: 'integer' },
            first_page: { type: 'boolean' },
            last_page: { type: 'boolean' },
            empty: { type: 'boolean' },
          },
        },
      },
    },
  };
}
