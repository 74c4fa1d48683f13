/**
 * The Open Referral UK API's routes, written once: each endpoint's path, its parameters as zod
 * schemas (what the platform's server validates, `platform/server/openReferralApi.ts`) and its
 * responses, given by the UK profile's published schemas (referred to at their published
 * addresses, never copied). The OpenAPI 3 document (`<api>/openapi.json`, named by
 * `openapi_url` in `GET /`, and its static copy in the built site) is generated from these same
 * routes, so it cannot list a parameter the server does not check, or miss one it does.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, ORUK_PROFILE, ORUK_VERSION } from '@content/model/openReferral';

const SCHEMAS = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/compiled/';

/** The value as given, cut short for an error message. */
const shown = (input: unknown) => String(input).slice(0, 40);

/** An absent or empty parameter is "not given". */
const given = (value: string | undefined): value is string => value !== undefined && value !== '';

/** A whole number of at least `min` (as text; empty means not given). */
const wholeNumber = (name: string, min: number, description: string) =>
  z
    .string()
    .refine((raw) => !given(raw) || (/^\d{1,9}$/.test(raw) && Number(raw) >= min), {
      error: (issue) => `"${name}" must be a whole number of at least ${min}; it was "${shown(issue.input)}".`,
    })
    .optional()
    .openapi({ type: 'integer', description });

/** Any finite number (as text; empty means not given). */
const number = (name: string, description: string) =>
  z
    .string()
    .refine((raw) => !given(raw) || Number.isFinite(Number(raw)), { error: (issue) => `"${name}" must be a number; it was "${shown(issue.input)}".` })
    .optional()
    .openapi({ type: 'number', description });

/** A date and time (as text; empty means not given). */
const dateTime = (name: string, description: string) =>
  z
    .string()
    .refine((raw) => !given(raw) || !Number.isNaN(Date.parse(raw)), {
      error: (issue) => `"${name}" must be a date and time (ISO 8601, e.g. 2026-11-01T00:00:00Z); it was "${shown(issue.input)}".`,
    })
    .optional()
    .openapi({ description });

const text = (description: string) => z.string().optional().openapi({ description });

/** `page` and `per_page`, on every list. */
export const pagingQuery = z.object({
  page: wholeNumber('page', 1, 'Page number, from 1.'),
  per_page: wholeNumber('per_page', 1, `Results a page: ${DEFAULT_PER_PAGE} unless asked, at most ${MAX_PER_PAGE}.`),
});

/** `/services`: paging and the specification's filters. */
export const servicesQuery = z.object({
  search: text('Words that must all appear in the name, description, eligibility, how to apply or terms.'),
  ...pagingQuery.shape,
  taxonomy_term_id: text('Only services with this taxonomy term.'),
  taxonomy_id: text('Only services with a term of this taxonomy.'),
  minimum_age: number('minimum_age', 'Only services whose minimum age is at least this.'),
  maximum_age: number('maximum_age', 'Only services whose maximum age is at most this.'),
  modified_after: dateTime('modified_after', 'Only services changed at or after this date and time (ISO 8601).'),
});
export type ServicesQuery = z.infer<typeof servicesQuery>;
export type PagingQuery = z.infer<typeof pagingQuery>;

const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } });
const pageOf = (item: string) => ({
  description: 'A page of the list.',
  content: json({ allOf: [{ $ref: '#/components/schemas/Page' }], properties: { contents: { type: 'array', items: { $ref: `${SCHEMAS}${item}` } } } }),
});
const badParameter = { description: 'A parameter is not valid: `{ "status": 400, "error": "…" }`.' };

const list = (path: string, summary: string, item: string, query: typeof pagingQuery | typeof servicesQuery) =>
  createRoute({ method: 'get', path, summary, request: { query }, responses: { 200: pageOf(item), 400: badParameter } });

const byId = (path: string, what: string, item: string) =>
  createRoute({
    method: 'get',
    path,
    summary: `One ${what}, fully nested.`,
    request: { params: z.object({ id: z.string().openapi({ description: `The ${what}'s id (a UUID).` }) }) },
    responses: {
      200: { description: 'The item.', content: json({ $ref: `${SCHEMAS}${item}` }) },
      404: { description: 'No item with this id: `{ "status": 404, "error": "…" }`.' },
    },
  });

/** Every route of the API, by what it answers. */
export const openReferralRoutes = {
  root: createRoute({
    method: 'get',
    path: '/',
    summary: 'This API: its HSDS version, profile and this document.',
    responses: { 200: { description: '`version`, `profile`, `openapi_url`.' } },
  }),
  services: list('/services', 'A page of services (one per offer page): their one-to-one fields and organisation.', 'service_list.json', servicesQuery),
  service: byId('/services/{id}', 'service', 'service.json'),
  taxonomies: list('/taxonomies', 'A page of taxonomies.', '../taxonomy.json', pagingQuery),
  taxonomy: byId('/taxonomies/{id}', 'taxonomy', '../taxonomy.json'),
  taxonomy_terms: list('/taxonomy_terms', 'A page of taxonomy terms.', '../taxonomy_term.json', pagingQuery),
  taxonomy_term: byId('/taxonomy_terms/{id}', 'taxonomy term', '../taxonomy_term.json'),
  organizations: list('/organizations', 'A page of organisations: the council.', 'organization_list.json', pagingQuery),
  organization: byId('/organizations/{id}', 'organization', 'organization.json'),
};

const PAGE_SCHEMA = {
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
} as const;

/** The document's routes, registered once (generating from them is cheap after that). */
let registry: OpenAPIHono | undefined;
function documented(): OpenAPIHono {
  if (!registry) {
    registry = new OpenAPIHono();
    for (const route of Object.values(openReferralRoutes)) registry.openAPIRegistry.registerPath(route);
    registry.openAPIRegistry.registerComponent('schemas', 'Page', PAGE_SCHEMA);
  }
  return registry;
}

/** The OpenAPI 3 description of a council's Open Referral UK API at `apiUrl`, generated from `openReferralRoutes`. */
export function openReferralOpenApi(apiUrl: string, council: string) {
  return documented().getOpenAPIDocument({
    openapi: '3.0.0',
    info: {
      title: `${council}: local offer for care leavers (Open Referral UK)`,
      version: ORUK_VERSION,
      description: `${council}'s published local offer for care leavers as Open Referral UK (HSDS 3.0, UK profile: ${ORUK_PROFILE}). Open to all, no key. Services also carry the HSDS fields \`eligibility_description\` and \`application_process\`, contacts \`email\` and \`phones\`, and fields of this platform starting \`lop_\`.`,
    },
    servers: [{ url: apiUrl }],
  });
}
