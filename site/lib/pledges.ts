/**
 * "You said, we did" by status: the order statuses are shown in and how many each has.
 */
import { PLEDGE_STATUS } from '@content/model/vocabularies';
import type { Pledge } from '@site/loaders/schemas';

export type PledgeStatus = Pledge['status'];

/** In the content model's order: done first, as what changed is what readers most want to see. */
export const PLEDGE_STATUSES = PLEDGE_STATUS.values;

/** How many pledges have each status (zero for none). */
export function countByStatus(pledges: readonly Pledge[]): Record<PledgeStatus, number> {
  const counts = Object.fromEntries(PLEDGE_STATUSES.map((status) => [status, 0])) as Record<PledgeStatus, number>;
  for (const pledge of pledges) counts[pledge.status] += 1;
  return counts;
}
