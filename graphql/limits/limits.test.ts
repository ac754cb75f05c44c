import { describe, expect, it } from 'vitest';
import { VIEW_STATE_LIMITS } from '@/model/view-state';
import { LIMITS } from './limits';

describe('limits shared with the view state', () => {
  it('lets one neighborhood call take a whole group expansion', () => {
    // The explorer fetches a group with one call: a larger group would be BAD_USER_INPUT.
    expect(VIEW_STATE_LIMITS.groupLength).toBeLessThanOrEqual(LIMITS.maxIds);
  });
});
