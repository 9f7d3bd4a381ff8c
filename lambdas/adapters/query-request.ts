import * as z from 'zod';
import { IsoDate } from '../model/press-record.ts';
import { MAX_PAGE_SIZE } from '../model/query-plan.ts';
import type { DateRange, PageRequest } from './release-queries.ts';

/** One query of ARCHITECTURE.md's patterns, as the query Lambda and the CLI take it. */
export type ReleaseQuery =
  | { readonly kind: 'id'; readonly id: string }
  | {
      readonly kind: 'organization' | 'person' | 'speaker';
      readonly name: string;
      readonly range: DateRange;
      readonly page: PageRequest;
    }
  | { readonly kind: 'date'; readonly range: DateRange; readonly page: PageRequest }
  | {
      readonly kind: 'attendance';
      readonly range: DateRange;
      readonly minCount: number;
      readonly page: PageRequest;
    };

export type QueryRequestResult =
  | { readonly ok: true; readonly query: ReleaseQuery }
  | { readonly ok: false; readonly message: string };

const Parameters = z.strictObject({
  id: z.string().min(1).optional(),
  org: z.string().trim().min(1).optional(),
  person: z.string().trim().min(1).optional(),
  speaker: z.string().trim().min(1).optional(),
  minAttendance: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  cursor: z.string().min(1).optional(),
});

const SELECTORS = ['id', 'org', 'person', 'speaker', 'minAttendance'] as const;

/**
 * Reads a query from string parameters (a Function URL's query string, or the CLI's options):
 * `id`, or one of `org`, `person`, `speaker`, `minAttendance`, or none (releases by date), with
 * `from`, `to` (`YYYY-MM-DD`), `limit` and `cursor`. Invalid input is a value naming the problem.
 *
 * @example
 * parseQueryRequest({ org: 'UN', from: '2025-01-01' })
 * // { ok: true, query: { kind: 'organization', name: 'UN', range: { from: '2025-01-01' }, page: {} } }
 */
export function parseQueryRequest(
  parameters: Readonly<Record<string, string | undefined>>,
): QueryRequestResult {
  const defined = Object.fromEntries(Object.entries(parameters).filter(([, value]) => value !== undefined));
  const parsed = Parameters.safeParse(defined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'parameters';
    return { ok: false, message: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  const p = parsed.data;
  const chosen = SELECTORS.filter((selector) => p[selector] !== undefined);
  if (chosen.length > 1)
    return { ok: false, message: `choose one of ${SELECTORS.join(', ')}; got ${chosen.join(', ')}` };
  if (p.from !== undefined && p.to !== undefined && p.from > p.to) {
    return { ok: false, message: `from (${p.from}) is after to (${p.to})` };
  }
  const range: DateRange = { ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}) };
  const page: PageRequest = {
    ...(p.limit === undefined ? {} : { limit: p.limit }),
    ...(p.cursor === undefined ? {} : { cursor: p.cursor }),
  };
  if (p.id !== undefined) return { ok: true, query: { kind: 'id', id: p.id } };
  if (p.org !== undefined) return { ok: true, query: { kind: 'organization', name: p.org, range, page } };
  if (p.person !== undefined) return { ok: true, query: { kind: 'person', name: p.person, range, page } };
  if (p.speaker !== undefined) return { ok: true, query: { kind: 'speaker', name: p.speaker, range, page } };
  if (p.minAttendance !== undefined) {
    return { ok: true, query: { kind: 'attendance', range, minCount: p.minAttendance, page } };
  }
  return { ok: true, query: { kind: 'date', range, page } };
}
