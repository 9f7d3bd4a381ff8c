import { describe, expect, it } from 'vitest';
import { parseQueryRequest } from './query-request.ts';

describe('parseQueryRequest', () => {
  it.each([
    [{ id: 'incoming/a.txt' }, { kind: 'id', id: 'incoming/a.txt' }],
    [
      { org: ' UN ', from: '2025-01-01', limit: '5' },
      { kind: 'organization', name: 'UN', range: { from: '2025-01-01' }, page: { limit: 5 } },
    ],
    [
      { person: 'Ana', to: '2025-02-01' },
      { kind: 'person', name: 'Ana', range: { to: '2025-02-01' }, page: {} },
    ],
    [
      { speaker: 'Ana', cursor: 'abc' },
      { kind: 'speaker', name: 'Ana', range: {}, page: { cursor: 'abc' } },
    ],
    [{ minAttendance: '500' }, { kind: 'attendance', range: {}, minCount: 500, page: {} }],
    [
      { from: '2025-01-01', to: '2025-01-31' },
      { kind: 'date', range: { from: '2025-01-01', to: '2025-01-31' }, page: {} },
    ],
    [
      { org: 'UN', person: undefined },
      { kind: 'organization', name: 'UN', range: {}, page: {} },
    ],
  ])('%j', (parameters, query) => {
    expect(parseQueryRequest(parameters)).toEqual({ ok: true, query });
  });

  it.each([
    [{ org: 'UN', speaker: 'Ana' }, 'choose one'],
    [{ from: '2025-02-30' }, 'from'],
    [{ from: '2025-03-01', to: '2025-02-01' }, 'after'],
    [{ limit: '101' }, 'limit'],
    [{ minAttendance: '-3' }, 'minAttendance'],
    [{ org: '   ' }, 'org'],
    [{ unknown: 'x' }, 'unknown'],
  ])('refuses %j', (parameters, reason) => {
    const result = parseQueryRequest(parameters);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
  });
});
