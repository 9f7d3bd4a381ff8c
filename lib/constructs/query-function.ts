import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { FunctionUrlAuthType, type IFunction, type IFunctionUrl } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PresslineFunction } from './pressline-function.ts';
import type { ReleaseTable } from './release-table.ts';

export interface QueryFunctionProps {
  /** Absolute path of the handler module. */
  readonly entry: string;
  readonly table: ReleaseTable;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/** Reads only: one item, an item collection or index page, a few items by key. No Scan. */
export const QUERY_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'] as const;

/** The query function behind a Function URL that only SigV4-signed (IAM-authorized) callers can use. */
export class QueryFunction extends Construct {
  readonly function: IFunction;
  readonly url: IFunctionUrl;

  constructor(scope: Construct, id: string, props: QueryFunctionProps) {
    super(scope, id);

    const fn = new PresslineFunction(this, 'Query', {
      entry: props.entry,
      description: 'Answers record queries (by id, organization, person, speaker, date, attendance)',
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment: {
        PRESSLINE_TABLE: props.table.table.tableName,
        POWERTOOLS_SERVICE_NAME: 'pressline-query',
      },
    });
    this.function = fn.function;

    props.table.grantActions(fn.role, QUERY_TABLE_ACTIONS);
    this.url = fn.function.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });
  }
}
