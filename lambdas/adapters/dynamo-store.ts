import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { CALENDAR_PK, CALENDAR_SK, DOCUMENT_SK, generationPrefix, releasePk } from '../model/item-keys.ts';
import { DocumentItem, type GenerationItem } from '../model/stored-items.ts';
import { batchWriteAll, DEFAULT_RETRY_POLICY, type RetryPolicy, type WriteRequest } from './batch-write.ts';
import { DynamoWriteError } from './dynamo-write-error.ts';

/**
 * The write side of the table. A release becomes visible in one step: its generation's items are
 * written first (invisible: readers follow the document's generation), then the document is put with a
 * condition that only a newer generation passes; then older generations are removed.
 */
export interface ReleaseStore {
  /** The release's document (strongly consistent), or undefined. */
  readDocument(id: string): Promise<DocumentItem | undefined>;
  writeItems(items: readonly GenerationItem[]): Promise<void>;
  /** `superseded` when the table already holds a newer (or the same) generation of the release. */
  commitDocument(document: DocumentItem): Promise<'committed' | 'superseded'>;
  /** Deletes the items of every generation older than `generation`; returns how many. */
  removeOlderGenerations(id: string, generation: string): Promise<number>;
  /** Deletes the items of one generation (a write that lost the race). */
  removeGeneration(id: string, generation: string): Promise<number>;
  /** Notes that releases exist for a month, so that open-ended queries know where to stop. */
  recordMonth(month: string): Promise<void>;
}

/**
 * A ReleaseStore over one table.
 *
 * @example
 * const store = createReleaseStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), 'pressline');
 */
export function createReleaseStore(
  client: DynamoDBDocumentClient,
  tableName: string,
  retryPolicy: RetryPolicy = DEFAULT_RETRY_POLICY,
): ReleaseStore {
  /** Deletes the items of a release whose sort keys meet `condition` (on `:low`, `:high` or `:prefix`). */
  const deleteWhere = async (
    id: string,
    condition: string,
    values: Record<string, string>,
  ): Promise<number> => {
    let removed = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: `pk = :pk AND ${condition}`,
          ExpressionAttributeValues: { ':pk': releasePk(id), ...values },
          ProjectionExpression: 'pk, sk',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      const deletes: WriteRequest[] = (page.Items ?? []).map((item) => ({
        DeleteRequest: { Key: { pk: item.pk, sk: item.sk } },
      }));
      await batchWriteAll(client, tableName, deletes, retryPolicy);
      removed += deletes.length;
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return removed;
  };

  return {
    async readDocument(id) {
      const response = await client.send(
        new GetCommand({
          TableName: tableName,
          Key: { pk: releasePk(id), sk: DOCUMENT_SK },
          ConsistentRead: true,
        }),
      );
      return response.Item === undefined ? undefined : DocumentItem.parse(response.Item);
    },

    async writeItems(items) {
      await batchWriteAll(
        client,
        tableName,
        items.map((Item) => ({ PutRequest: { Item } })),
        retryPolicy,
      );
    },

    async commitDocument(document) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: document,
            // Generations order by S3 sequencer, then processing time: an older event never wins.
            ConditionExpression: 'attribute_not_exists(pk) OR generation < :generation',
            ExpressionAttributeValues: { ':generation': document.generation },
          }),
        );
        return 'committed';
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return 'superseded';
        throw new DynamoWriteError(`committing ${document.id} failed`, { cause: error });
      }
    },

    // Item sort keys start with `G#<generation>#` and generations have one fixed width, so the
    // generations older than G are exactly the sort keys between `G#` and `G#<G>`.
    removeOlderGenerations(id, generation) {
      return deleteWhere(id, 'sk BETWEEN :low AND :high', { ':low': 'G#', ':high': `G#${generation}` });
    },

    removeGeneration(id, generation) {
      return deleteWhere(id, 'begins_with(sk, :prefix)', { ':prefix': generationPrefix(generation) });
    },

    async recordMonth(month) {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: CALENDAR_PK, sk: CALENDAR_SK },
          UpdateExpression: 'ADD months :month',
          ExpressionAttributeValues: { ':month': new Set([month]) },
        }),
      );
    },
  };
}
