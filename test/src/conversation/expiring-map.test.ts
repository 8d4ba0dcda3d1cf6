import { describe, expect, it } from 'vitest';
import { ExpiringMap } from '../../../src/conversation/expiring-map.ts';

function clockedMap(maxEntries = 3, ttlMs = 1000) {
  let now = 0;
  const map = new ExpiringMap<string, number>({ maxEntries, ttlMs, now: () => now });
  return { map, advance: (ms: number) => void (now += ms) };
}

describe('ExpiringMap', () => {
  it('returns an entry until its time is up, then never again', () => {
    const { map, advance } = clockedMap();
    map.set('a', 1);
    advance(999);
    expect(map.get('a')).toBe(1);
    advance(1);
    expect(map.get('a')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it('restarts an entry’s time when it is set again', () => {
    const { map, advance } = clockedMap();
    map.set('a', 1);
    advance(800);
    map.set('a', 2);
    advance(800);
    expect(map.get('a')).toBe(2);
  });

  it('sweeps expired entries on a write, whether or not they are read', () => {
    const { map, advance } = clockedMap(10);
    map.set('a', 1);
    map.set('b', 2);
    advance(1000);
    map.set('c', 3);
    expect(map.size).toBe(1);
  });

  it('holds at most maxEntries, forgetting the oldest written first', () => {
    const { map } = clockedMap(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([3, undefined, 4]);
    expect(map.size).toBe(2);
  });

  it('forgets an entry on delete', () => {
    const { map } = clockedMap();
    map.set('a', 1);
    map.delete('a');
    expect(map.get('a')).toBeUndefined();
  });

  it('refuses a bound or time that keeps nothing', () => {
    expect(() => new ExpiringMap({ maxEntries: 0, ttlMs: 1 })).toThrow(RangeError);
    expect(() => new ExpiringMap({ maxEntries: 1, ttlMs: 0 })).toThrow(RangeError);
  });
});
