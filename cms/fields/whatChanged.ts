import type { Field } from 'payload';
import { CHANGE_LINE_MAX } from '@content/model/changeLog';

/**
 * The "what changed" line asked for when a change is published (issue 22, part 4;
 * `cms/hooks/changeLog.ts`): readers see it on the page, on "What’s new" and in its feed.
 * Emptied once it is in the change log, ready for the next change.
 */
export function whatChangedField(): Field {
  return {
    name: 'whatChanged',
    label: 'What changed',
    type: 'text',
    maxLength: CHANGE_LINE_MAX,
    admin: {
      position: 'sidebar',
      description:
        'One short line for readers, e.g. "The grant is now £3,300." Needed when you change the amount, who can get it, who to ask or how to get it. Leave empty for a typo fix: it is not listed.',
    },
  };
}
