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

/** Global secondary indexes (all string keys, all attributes projected). */
export const GLOBAL_INDEXES: readonly GlobalIndexDefinition[] = [];
