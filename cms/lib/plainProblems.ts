import type { Field } from 'payload';
import { toWords } from 'payload/shared';

/** A problem the publish rules found, on the CMS field it comes from (as Payload's field errors name it). */
export type Problem = { path: string; message: string };

/**
 * The fields staff fill in when they approve: a young editor is not asked for them (their
 * form hides them), so a submission is checked without them, and publishing asks the
 * approver for them by name.
 */
export const STAFF_FILLED = ['legalBasis', 'lastReviewed', 'nextReview'] as const;

type Step = { label: string; row?: { singular: string; index: number } };

const labelOf = (field: Field): string | null => {
  if (!('name' in field) || !field.name) return null;
  const label = 'label' in field ? field.label : undefined;
  return typeof label === 'string' && label ? label : toWords(field.name);
};

/** The fields inside `field` that a data path can name (rows, collapsibles and unnamed tabs are see-through). */
function named(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return named(field.fields);
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : named(tab.fields)));
    if (field.type === 'group' && !('name' in field && field.name)) return named(field.fields);
    return [field];
  });
}

/** The labels along a data path (`howToGet.1.step` → "How to get it", step 2). */
function stepsOf(fields: Field[], path: string): Step[] {
  const steps: Step[] = [];
  let level = fields;
  const keys = path.split('.');
  for (let i = 0; i < keys.length; i++) {
    const field = named(level).find((f) => 'name' in f && f.name === keys[i]);
    if (!field) break;
    const label = labelOf(field) ?? keys[i]!;
    if (field.type === 'array' && /^\d+$/.test(keys[i + 1] ?? '')) {
      const singular = typeof field.labels?.singular === 'string' ? field.labels.singular : 'Row';
      steps.push({ label, row: { singular, index: Number(keys[i + 1]) } });
      level = field.fields;
      i++;
      continue;
    }
    steps.push({ label });
    if (field.type === 'group' || field.type === 'array') level = field.fields;
  }
  return steps;
}

/**
 * The field a problem is on, in the words the form shows: "How to get it: step 2",
 * "Who can get it: Age To". A list's only field is not named again.
 */
export function fieldWords(fields: Field[], path: string): string {
  const steps = stepsOf(fields, path);
  if (steps.length === 0) return toWords(path.split('.')[0] ?? 'This field');
  const parts: string[] = [];
  steps.forEach((step, i) => {
    const previous = steps[i - 1]?.row;
    if (previous && step.label.toLowerCase() === previous.singular.toLowerCase()) return;
    parts.push(step.row ? `${step.label}: ${step.row.singular.toLowerCase()} ${step.row.index + 1}` : step.label);
  });
  return parts.join(', ');
}

/** Zod's words for "nothing there" (a field left empty, or a list with no rows). */
export function isEmptyProblem(issue: { code: string; message: string; minimum?: unknown; origin?: unknown }): 'empty' | 'no-rows' | null {
  if (issue.code === 'invalid_type' && /received (null|undefined)$/.test(issue.message)) return 'empty';
  if (issue.code === 'too_small' && Number(issue.minimum) === 1 && issue.origin === 'string') return 'empty';
  if (issue.code === 'too_small' && Number(issue.minimum) === 1 && issue.origin === 'array') return 'no-rows';
  return null;
}

/**
 * A publish-rule problem in plain words naming the field: "How to get it: step 2 is empty."
 * Any other rule keeps its own words (the same the site build prints), as they already say
 * what to do. `forApprover` adds, for a field staff fill in on approval, who fills it.
 */
export function plainMessage(fields: Field[], path: string, issue: { code: string; message: string; minimum?: unknown; origin?: unknown }, forApprover = false): string {
  const empty = isEmptyProblem(issue);
  if (!empty) return issue.message;
  const where = fieldWords(fields, path);
  const said = empty === 'no-rows' ? `${where}: add at least one.` : `${where} is empty.`;
  const top = path.split('.')[0] ?? '';
  return forApprover && (STAFF_FILLED as readonly string[]).includes(top)
    ? `${said} Young editors don’t fill this in: add it when you approve, then publish.`
    : said;
}
