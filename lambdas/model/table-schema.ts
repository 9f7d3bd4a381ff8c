/**
 * The one definition of the Pressline table's key schema and indexes. The CDK stack and the embedded
 * local stack both build the table from it, so the two cannot drift.
 */
export const TABLE_KEY = {
  partitionKey: 'pk',
  sortKey: 'sk',
} as const;

export interface GlobalIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

/**
 * The lookup index serves every list query (organization, person, speaker, date range, attendance).
 * It is overloaded: each index item names its lookup key (`ORG#…`, `PER#…`, `SPK#…`, `DATE#…`,
 * `ATT#…`), sharded by month and, for the table-wide keys, by a hash of the release id. Only index
 * items carry these attributes, so the index holds nothing else (a sparse index).
 */
export const LOOKUP_INDEX: GlobalIndexDefinition = {
  indexName: 'lookup',
  partitionKey: 'lookupPk',
  sortKey: 'lookupSk',
};

/** Global secondary indexes (all string keys, all attributes projected). */
export const GLOBAL_INDEXES: readonly GlobalIndexDefinition[] = [LOOKUP_INDEX];
