import { describe, expect, it } from 'vitest';
import { NEIGHBOR_GROUP_LIMITS } from '@/model/neighbor-groups';
import { VIEW_STATE_LIMITS } from '@/model/view-state';
import { LIMITS } from './limits';

describe('limits shared with the view state', () => {
  it('lets one neighborhood call take a whole group expansion', () => {
    // The explorer fetches a group with one call: a larger group would be BAD_USER_INPUT.
    expect(VIEW_STATE_LIMITS.groupLength).toBeLessThanOrEqual(LIMITS.maxIds);
  });

  it('lets one grouped read take a whole group expansion, within the API’s ids', () => {
    // A box selection's Expand is a grouped read of all its ids (model/view-state.ts fetchPlan).
    expect([
      NEIGHBOR_GROUP_LIMITS.maxIds >= VIEW_STATE_LIMITS.groupLength,
      NEIGHBOR_GROUP_LIMITS.maxIds <= LIMITS.maxIds,
    ]).toEqual([true, true]);
  });
});
