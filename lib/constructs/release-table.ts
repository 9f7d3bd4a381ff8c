import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { GLOBAL_INDEXES, TABLE_KEY } from '../../lambdas/model/table-schema.ts';

export interface ReleaseTableProps {
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /** @default true */
  readonly deletionProtection?: boolean;
}

/**
 * The records table, built from the one key schema the local stack uses too
 * (`lambdas/model/table-schema.ts`): on demand, with point-in-time recovery.
 */
export class ReleaseTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: ReleaseTableProps = {}) {
    super(scope, id);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEY.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEY.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    for (const index of GLOBAL_INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /**
   * Grants exactly `actions` on the table and on each of its indexes by name. Unlike `table.grant`,
   * which adds `<table>/index/*`, the policy names every resource, with no wildcard.
   */
  grantActions(grantee: IGrantable, actions: readonly string[]): Grant {
    const tableArn = this.table.tableArn;
    return Grant.addToPrincipal({
      grantee,
      actions: [...actions],
      resourceArns: [tableArn, ...GLOBAL_INDEXES.map((index) => `${tableArn}/index/${index.indexName}`)],
    });
  }
}
