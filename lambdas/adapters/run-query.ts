import type { ReleaseQuery } from './query-request.ts';
import type { Page, ReleaseLookup, ReleaseQueries } from './release-queries.ts';

/** What a query answers: one release (or nothing), or a page of a list. */
export type QueryAnswer =
  | { readonly kind: 'release'; readonly release: ReleaseLookup | undefined }
  | { readonly kind: 'page'; readonly page: Page<unknown> };

/**
 * Runs a parsed query with the library queries; shared by the query Lambda and `pressline query`.
 *
 * @example
 * await runQuery(queries, { kind: 'id', id: 'incoming/a.txt' }) // { kind: 'release', release: … }
 */
export async function runQuery(queries: ReleaseQueries, query: ReleaseQuery): Promise<QueryAnswer> {
  switch (query.kind) {
    case 'id':
      return { kind: 'release', release: await queries.getRelease(query.id) };
    case 'organization':
      return { kind: 'page', page: await queries.listByOrganization(query.name, query.range, query.page) };
    case 'person':
      return { kind: 'page', page: await queries.listByPerson(query.name, query.range, query.page) };
    case 'speaker':
      return { kind: 'page', page: await queries.listQuotesBySpeaker(query.name, query.range, query.page) };
    case 'date':
      return { kind: 'page', page: await queries.listByDate(query.range, query.page) };
    case 'attendance':
      return {
        kind: 'page',
        page: await queries.listByAttendance({ ...query.range, minCount: query.minCount }, query.page),
      };
  }
}
