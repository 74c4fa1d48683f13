/**
 * "You said, we did" by status: the order statuses are shown in and how many each has.
 */
import type { Pledge } from '@site/loaders/schemas';

export type PledgeStatus = Pledge['status'];

/** Done first: what changed is what readers most want to see. */
export const PLEDGE_STATUSES = ['done', 'in-progress', 'not-yet'] as const satisfies readonly PledgeStatus[];

/** How many pledges have each status (zero for none). */
export function countByStatus(pledges: readonly Pledge[]): Record<PledgeStatus, number> {
  const counts = { done: 0, 'in-progress': 0, 'not-yet': 0 } satisfies Record<PledgeStatus, number>;
  for (const pledge of pledges) counts[pledge.status] += 1;
  return counts;
}
