import { describe, expect, it } from 'vitest';
import { randomIds } from '../../../electron/services/core/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  it('are UUIDv7, all different and in the order they were made, many within one millisecond', () => {
    // More than the 256 ids one draw of random bytes gives, so the pool is refilled on the way.
    const ids = Array.from({ length: 5_000 }, () => randomIds.id());
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('share no random bits between two ids made in a row', () => {
    const [a, b] = [randomIds.id(), randomIds.id()];
    // The last 12 hex digits are random in both (the counter sits before them).
    expect(a.slice(-12)).not.toBe(b.slice(-12));
  });
});
