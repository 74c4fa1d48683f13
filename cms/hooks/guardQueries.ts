import { type CollectionBeforeOperationHook, type FlattenedField, type Payload } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { isPlatformAdmin } from '@cms/access/roles';

const OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal',
  'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects',
]);

/** Every field path a `where` filters on (`reviewHistory.by.email`), however it is nested. */
export function wherePaths(where: unknown, prefix = ''): string[] {
  if (!where || typeof where !== 'object') return [];
  const paths: string[] = [];
  const entries: [string, unknown][] = Object.entries(where);
  for (const [key, value] of entries) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const part of value) paths.push(...wherePaths(part, prefix));
      continue;
    }
    if (OPERATORS.has(key)) {
      if (prefix) paths.push(prefix.slice(0, -1));
      continue;
    }
    const path = `${prefix}${key}`;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((k) => !OPERATORS.has(k))) {
      paths.push(...wherePaths(value, `${path}.`));
    } else {
      paths.push(path);
    }
  }
  return paths;
}

/** The sort paths of a `sort` argument (`-title`, `a,b`, or an array). */
function sortPaths(sort: unknown): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [];
  return list.map((s) => String(s).trim().replace(/^-/, '')).filter(Boolean);
}

/**
 * True when `path`, read against `collection`'s fields, goes through a relationship into
 * an account (`users`) and on to one of its fields: `coAuthors.email`, `reviewHistory.by.role`.
 * Filtering on the related id alone (`coAuthors`, `coAuthors.id`) reveals nothing more
 * than the document does.
 */
export function reachesIntoAccounts(payload: Payload, collection: string, path: string, depth = 0): boolean {
  if (depth > 5) return true;
  let fields: FlattenedField[] | undefined = payload.config.collections.find((c) => c.slug === collection)?.flattenedFields;
  const segments = path.split('.');
  for (let i = 0; i < segments.length && fields; i++) {
    const segment = segments[i]!;
    if (/^\d+$/.test(segment)) continue; // an array row index
    const field: FlattenedField | undefined = fields.find((f) => 'name' in f && f.name === segment);
    if (!field) return false; // Payload itself refuses unknown paths
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
      const rest = segments.slice(i + 1).filter((s) => s !== 'value' && s !== 'relationTo');
      if (!rest.length || (rest.length === 1 && rest[0] === 'id')) return false;
      const targets: string[] = field.type === 'join' ? [field.collection].flat() : [field.relationTo].flat();
      if (targets.includes('users')) return true;
      return targets.some((target) => reachesIntoAccounts(payload, target, rest.join('.'), depth + 1));
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      fields = field.flattenedFields;
      continue;
    }
    if (field.type === 'blocks') {
      // Any block's fields may hold the next segment.
      fields = field.blocks.flatMap((block) => block.flattenedFields);
      continue;
    }
    return false;
  }
  return false;
}

/**
 * Accounts are private: only platform admins may read every account (a council's staff
 * see their own council's). Payload checks
 * who may read each *document*, but a filter on a related account's field (say
 * `where[reviewHistory.by.email][like]=a`) counts matches without reading the account,
 * which let anyone recover an email address a character at a time. So for everyone
 * else, no filter or sort may reach through a relationship into an account's fields, in
 * any collection, its versions or counts, through REST, GraphQL or the Local API.
 */
export const guardQueries: CollectionBeforeOperationHook = ({ args, req, collection }) => {
  if (isPlatformAdmin(req.user)) return args;
  const where: unknown = 'where' in args ? args.where : undefined;
  const sort: unknown = 'sort' in args ? args.sort : undefined;
  const overrideAccess = 'overrideAccess' in args && Boolean(args.overrideAccess);
  // The system's own queries (exports, hooks) run with access overridden.
  if (overrideAccess) return args;
  if (!where && !sort) return args;
  for (const raw of [...wherePaths(where), ...sortPaths(sort)]) {
    // Versions are queried as `version.<field>`.
    const path = raw.startsWith('version.') ? raw.slice('version.'.length) : raw;
    if (reachesIntoAccounts(req.payload, collection.slug, path)) {
      throw new PublicError(`You can’t filter or sort by account details ("${raw}").`, 403);
    }
  }
  return args;
};
