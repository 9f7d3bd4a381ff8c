import { describe, expect, it } from 'vitest';
import {
  attendanceSortKey,
  dateSortKey,
  generationOf,
  monthOf,
  normalizeName,
  normalizeSequencer,
  padCount,
  shardOf,
} from './item-keys.ts';

describe('normalizeName', () => {
  it.each([
    ['Société Générale', 'societe generale'],
    ['U.N.', 'un'],
    ['UN', 'un'],
    ["People's Bank", 'peoples bank'],
    ['  Two   Spaces\tand-Dash ', 'two spaces and dash'],
    ['新华社', '新华社'],
    ['***', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('normalizeSequencer', () => {
  it('pads to a fixed width so that string order is numeric order', () => {
    const shorter = normalizeSequencer('FF') ?? '';
    const longer = normalizeSequencer('0100') ?? '';
    expect(shorter).toHaveLength(32);
    expect(shorter < longer).toBe(true);
    expect(normalizeSequencer('00ab')).toBe(normalizeSequencer('AB'));
  });

  it.each([['not-hex'], [''], ['1'.repeat(33)]])('refuses %j', (input) => {
    expect(normalizeSequencer(input)).toBeUndefined();
  });
});

describe('generation ids', () => {
  it('order by sequencer first, then by processing time', () => {
    const a = generationOf(normalizeSequencer('0A') ?? '', '2025-06-02T00:00:00.000Z', 'zzzzzzzz');
    const b = generationOf(normalizeSequencer('0B') ?? '', '2025-06-01T00:00:00.000Z', '00000000');
    const c = generationOf(normalizeSequencer('0B') ?? '', '2025-06-01T00:00:00.001Z', '00000000');
    expect([c, a, b].sort()).toEqual([a, b, c]);
  });
});

describe('keys of the lookup index', () => {
  it('sort attendance counts numerically as strings', () => {
    expect(attendanceSortKey(900, '2025-01-01', 'x') < attendanceSortKey(1000, '2024-01-01', 'x')).toBe(true);
    expect(padCount(42)).toBe('000000000042');
  });

  it("stay under DynamoDB's 1,024-byte sort key limit for the longest S3 key, and unique", () => {
    const bytes = (value: string) => Buffer.byteLength(value, 'utf8');
    // S3 allows keys of up to 1,024 bytes; two that differ only at the end must keep distinct sort keys.
    const longest = `incoming/${'\u00e9'.repeat(505)}a.txt`;
    const sibling = `incoming/${'\u00e9'.repeat(505)}b.txt`;
    expect(bytes(longest)).toBe(1_024);
    const keys = [attendanceSortKey(10 ** 12, '2025-06-18', longest), dateSortKey('2025-06-18', longest)];
    for (const key of keys) expect(bytes(key)).toBeLessThanOrEqual(1_024);
    expect(dateSortKey('2025-06-18', longest)).not.toBe(dateSortKey('2025-06-18', sibling));
    expect(dateSortKey('2025-06-18', longest).startsWith(`2025-06-18#incoming/\u00e9\u00e9`)).toBe(true);
    // Short ids are kept as they are.
    expect(dateSortKey('2025-06-18', 'incoming/a.txt')).toBe('2025-06-18#incoming/a.txt');
  });

  it('spread ids over shards, always the same shard for one id', () => {
    const shards = new Set(Array.from({ length: 200 }, (_, index) => shardOf(`incoming/${index}.txt`, 4)));
    expect([...shards].sort()).toEqual([0, 1, 2, 3]);
    expect(shardOf('incoming/a.txt', 4)).toBe(shardOf('incoming/a.txt', 4));
  });

  it('take the month of a date', () => {
    expect(monthOf('2025-12-31')).toBe('2025-12');
  });
});
