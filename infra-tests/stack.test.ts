import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_INDEXES, TABLE_KEY } from '../lambdas/model/table-schema.ts';
import { readDeployConfig } from '../lib/deploy-config.ts';
import { PresslineStack } from '../lib/pressline-stack.ts';
import { REPO_PATHS } from '../lib/repo-paths.ts';

interface Resource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DependsOn?: string[];
  readonly DeletionPolicy?: string;
  readonly Metadata?: Record<string, unknown>;
}
type Statement = {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: unknown;
};

const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

let app: App;
let dev: Template;
let prod: Template;

// One app, both stages, one synthesis: bundling runs once per handler (the second stack reuses it).
beforeAll(() => {
  // Asset metadata, as the CDK CLI asks for it, points each function at its bundle directory.
  app = new App({ context: { ...cdkJson.context, 'aws:cdk:enable-asset-metadata': true } });
  const stack = (stage: string) =>
    new PresslineStack(app, `Pressline-${stage}`, {
      config: readDeployConfig((key) => (key === 'stage' ? stage : undefined)),
    });
  const devStack = stack('dev');
  const prodStack = stack('prod');
  dev = Template.fromStack(devStack);
  prod = Template.fromStack(prodStack);
});

const resourcesOf = (template: Template, type: string): Record<string, Resource> =>
  Object.fromEntries(
    Object.entries(template.findResources(type)).map(([id, resource]) => [
      id,
      { Properties: {}, ...resource } as Resource,
    ]),
  );

const resourceOf = (template: Template, type: string, logicalId: string): Resource => {
  const resource = resourcesOf(template, type)[logicalId];
  if (resource === undefined) throw new Error(`no ${type} ${logicalId} in the template`);
  return resource;
};

const documentOf = (resource: Resource): Statement[] =>
  (resource.Properties.PolicyDocument as { Statement: Statement[] }).Statement;

const onlyLogicalId = (template: Template, type: string, props: Record<string, unknown> = {}): string => {
  const ids = Object.keys(template.findResources(type, props));
  expect(ids, `${type} matching ${JSON.stringify(props)}`).toHaveLength(1);
  return ids[0] as string;
};

/** The release bucket is the one with a notification configuration; the other is its access-log bucket. */
const releaseBucketId = (t: Template) =>
  onlyLogicalId(t, 'AWS::S3::Bucket', { Properties: { NotificationConfiguration: Match.anyValue() } });
const accessLogBucketId = (t: Template) =>
  onlyLogicalId(t, 'AWS::S3::Bucket', { Properties: { NotificationConfiguration: Match.absent() } });
const mainQueueId = (t: Template) =>
  onlyLogicalId(t, 'AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } });
const deadLetterQueueId = (t: Template) =>
  onlyLogicalId(t, 'AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.absent() } });
const functionId = (t: Template, service: string) =>
  onlyLogicalId(t, 'AWS::Lambda::Function', {
    Properties: { Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: service }) } },
  });
const tableId = (t: Template) => onlyLogicalId(t, 'AWS::DynamoDB::Table');

const roleIdOf = (t: Template, fnId: string): string =>
  (resourceOf(t, 'AWS::Lambda::Function', fnId).Properties.Role as { 'Fn::GetAtt': [string, string] })[
    'Fn::GetAtt'
  ][0];

const statementsOfRole = (t: Template, roleId: string): Statement[] =>
  Object.values(resourcesOf(t, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap(documentOf);

const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

const mentions = (value: unknown, logicalId: string): boolean =>
  JSON.stringify(value).includes(`"${logicalId}"`);

describe('release bucket', () => {
  it('is SSE-S3 encrypted, private, versioned, ACL-free and logs access to the log bucket', () => {
    dev.hasResourceProperties('AWS::S3::Bucket', {
      NotificationConfiguration: Match.anyValue(),
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: accessLogBucketId(dev) },
        LogFilePrefix: 'releases/',
      },
    });
  });

  it.each([
    { stage: 'dev', template: () => dev, days: 7 },
    { stage: 'prod', template: () => prod, days: 90 },
  ])(
    '$stage: expires old versions after $days days and abandoned multipart uploads',
    ({ template, days }) => {
      template().hasResourceProperties('AWS::S3::Bucket', {
        NotificationConfiguration: Match.anyValue(),
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              Status: 'Enabled',
              NoncurrentVersionExpiration: { NoncurrentDays: days },
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            }),
          ]),
        },
      });
    },
  );

  it('the access-log bucket is encrypted, private and expires its logs', () => {
    dev.hasResourceProperties('AWS::S3::Bucket', {
      NotificationConfiguration: Match.absent(),
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      }),
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 30 })]) },
    });
  });

  it.each([
    ['release bucket', releaseBucketId],
    ['access-log bucket', accessLogBucketId],
  ])('the %s denies every request not made over TLS', (_name, bucketId) => {
    const id = bucketId(dev);
    const policies = Object.values(resourcesOf(dev, 'AWS::S3::BucketPolicy')).filter(
      (policy) => JSON.stringify(policy.Properties.Bucket) === JSON.stringify({ Ref: id }),
    );
    const statements = policies.flatMap(documentOf);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Principal: { AWS: '*' },
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('sends created and removed events under incoming/ to the queue, declared on the bucket itself', () => {
    const queueArn = { 'Fn::GetAtt': [mainQueueId(dev), 'Arn'] };
    const toQueue = (event: string) => ({
      Event: event,
      Queue: queueArn,
      Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: 'incoming/' }] } },
    });
    dev.hasResourceProperties('AWS::S3::Bucket', {
      NotificationConfiguration: {
        QueueConfigurations: [toQueue('s3:ObjectCreated:*'), toQueue('s3:ObjectRemoved:*')],
      },
    });
    // No custom resource (addEventNotification's handler) anywhere in the stack.
    expect(Object.keys(dev.findResources('Custom::S3BucketNotifications'))).toEqual([]);
    expect(Object.keys(dev.findResources('AWS::Lambda::Function'))).toHaveLength(2);
  });

  it('is created after the queue policy that lets it send, so S3 can validate the destination', () => {
    const queuePolicyId = onlyLogicalId(dev, 'AWS::SQS::QueuePolicy', {
      Properties: { Queues: [{ Ref: mainQueueId(dev) }] },
    });
    expect(resourceOf(dev, 'AWS::S3::Bucket', releaseBucketId(dev)).DependsOn).toContain(queuePolicyId);
  });

  it('gets a generated name that differs per stage (stages coexist) and per account and region', () => {
    const nameOf = (t: Template) =>
      JSON.stringify(resourceOf(t, 'AWS::S3::Bucket', releaseBucketId(t)).Properties.BucketName);
    expect(nameOf(dev)).toContain('pressline-dev-');
    expect(nameOf(prod)).toContain('pressline-prod-');
    for (const name of [nameOf(dev), nameOf(prod)]) {
      expect(name).toContain('{"Ref":"AWS::AccountId"}');
      expect(name).toContain('{"Ref":"AWS::Region"}');
    }
  });
});

describe('queues', () => {
  it('lets only S3, for this bucket in this account, send events to the queue', () => {
    const bucketName = resourceOf(dev, 'AWS::S3::Bucket', releaseBucketId(dev)).Properties.BucketName as {
      'Fn::Join': [string, unknown[]];
    };
    const [first, ...rest] = bucketName['Fn::Join'][1];
    dev.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: mainQueueId(dev) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: { 'Fn::GetAtt': [mainQueueId(dev), 'Arn'] },
            Condition: {
              // arn:<partition>:s3:::<the bucket's name>, built from the same parts as BucketName.
              ArnEquals: {
                'aws:SourceArn': {
                  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:s3:::${first}`, ...rest]],
                },
              },
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            },
          },
        ]),
      },
    });
  });

  it.each([
    ['queue', mainQueueId],
    ['dead-letter queue', deadLetterQueueId],
  ])('the %s is encrypted with SSE-SQS and denies requests not made over TLS', (_name, queueId) => {
    const id = queueId(dev);
    expect(resourceOf(dev, 'AWS::SQS::Queue', id).Properties.SqsManagedSseEnabled).toBe(true);
    dev.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: id }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Deny',
            Action: 'sqs:*',
            Principal: { AWS: '*' },
            Resource: { 'Fn::GetAtt': [id, 'Arn'] },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ]),
      },
    });
  });

  it('hides a message for at least six times the ingest timeout plus the batching window', () => {
    const queue = resourceOf(dev, 'AWS::SQS::Queue', mainQueueId(dev));
    const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, 'pressline-ingest'));
    const mapping = resourceOf(
      dev,
      'AWS::Lambda::EventSourceMapping',
      onlyLogicalId(dev, 'AWS::Lambda::EventSourceMapping'),
    );
    const timeout = fn.Properties.Timeout as number;
    const window = mapping.Properties.MaximumBatchingWindowInSeconds as number;
    expect(timeout).toBeGreaterThan(0);
    expect(queue.Properties.VisibilityTimeout as number).toBeGreaterThanOrEqual(6 * timeout + window);
  });

  it('moves a message to the dead-letter queue after 5 receives; the DLQ keeps it 14 days', () => {
    dev.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueueId(dev), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
    expect(resourceOf(dev, 'AWS::SQS::Queue', deadLetterQueueId(dev)).Properties.MessageRetentionPeriod).toBe(
      14 * 24 * 3600,
    );
  });
});

describe('functions', () => {
  it.each(['pressline-ingest', 'pressline-query'])(
    '%s runs on Node.js 24, arm64, from an ES module bundle',
    (service) => {
      const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, service));
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(
        (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.NODE_OPTIONS,
      ).toBe('--enable-source-maps');
    },
  );

  it.each(['pressline-ingest', 'pressline-query'])(
    '%s is bundled minified, with a source map, the AWS SDK clients included',
    (service) => {
      const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, service));
      const assetDir = join(app.outdir, fn.Metadata?.['aws:asset:path'] as string);
      const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
      expect(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')).toContain('"mappings"');
      expect(code).toContain('//# sourceMappingURL=index.mjs.map');
      // Minified: whitespace gone and the handler's local name mangled (unminified: `export {\n  handler\n}`).
      expect(code).toMatch(/export\{[\w$]{1,3} as handler\}/);
      // The SDK is bundled (faster to load than the runtime's copy): nothing imported from it.
      expect(code).not.toMatch(/from\s*["']@(?:aws-sdk|smithy)\//);
      expect(code).toContain('x-amz-user-agent');
    },
  );

  it("ingest deploys the extractor's data files beside its bundle, byte for byte", () => {
    const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, 'pressline-ingest'));
    const assetDir = join(app.outdir, fn.Metadata?.['aws:asset:path'] as string);
    const deployed = readFileSync(join(assetDir, 'data', 'city-names.br'));
    expect(deployed.length).toBeGreaterThan(50_000);
    expect(deployed.equals(readFileSync(join(REPO_PATHS.extractorData, 'city-names.br')))).toBe(true);
  });

  it.each(['pressline-ingest', 'pressline-query'])(
    '%s: the bundle loads as an ES module, cold-start code included, and exports handler',
    (service) => {
      const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, service));
      const bundle = pathToFileURL(join(app.outdir, fn.Metadata?.['aws:asset:path'] as string, 'index.mjs'));
      // No module beside the bundle: it must carry every module it imports (the SDK clients included).
      // A separate process, as Lambda would start it: the module's cold-start code runs for real.
      const output = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(bundle.href)}); console.log(typeof m.handler);`,
        ],
        {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            AWS_REGION: 'us-east-1',
            PRESSLINE_TABLE: 'records',
            PRESSLINE_BUCKET: 'releases',
          },
        },
      );
      expect(output.trim()).toBe('function');
    },
  );

  it('ingest has 1024 MB and exactly the agreed environment', () => {
    const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, 'pressline-ingest'));
    expect(fn.Properties.MemorySize).toBe(1024);
    expect(fn.Properties.Environment).toEqual({
      Variables: {
        NODE_OPTIONS: '--enable-source-maps',
        PRESSLINE_TABLE: { Ref: tableId(dev) },
        PRESSLINE_BUCKET: { Ref: releaseBucketId(dev) },
        PRESSLINE_MAX_BYTES: String(5 * 1024 * 1024),
        POWERTOOLS_SERVICE_NAME: 'pressline-ingest',
        POWERTOOLS_METRICS_NAMESPACE: 'Pressline',
      },
    });
  });

  it('query has exactly the agreed environment', () => {
    const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, 'pressline-query'));
    expect(fn.Properties.Environment).toEqual({
      Variables: {
        NODE_OPTIONS: '--enable-source-maps',
        PRESSLINE_TABLE: { Ref: tableId(dev) },
        POWERTOOLS_SERVICE_NAME: 'pressline-query',
      },
    });
  });

  it.each(['pressline-ingest', 'pressline-query'])(
    '%s logs to its own log group with a retention',
    (service) => {
      const fn = resourceOf(dev, 'AWS::Lambda::Function', functionId(dev, service));
      const logGroupRef = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resourceOf(dev, 'AWS::Logs::LogGroup', logGroupRef).Properties.RetentionInDays).toBe(14);
      expect(resourceOf(prod, 'AWS::Logs::LogGroup', logGroupRef).Properties.RetentionInDays).toBe(90);
    },
  );

  it.each([
    { stage: 'dev', template: () => dev, cap: 2 },
    { stage: 'prod', template: () => prod, cap: 10 },
  ])(
    '$stage: the queue drives ingest in batches of 10, reporting item failures, at most $cap at once',
    ({ template, cap }) => {
      const t = template();
      t.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
      t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [mainQueueId(t), 'Arn'] },
        FunctionName: { Ref: functionId(t, 'pressline-ingest') },
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 5,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: cap },
      });
    },
  );

  it('the query function is reachable only through an AWS_IAM-authorized URL', () => {
    dev.resourceCountIs('AWS::Lambda::Url', 1);
    dev.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'AWS_IAM',
      TargetFunctionArn: { 'Fn::GetAtt': [functionId(dev, 'pressline-query'), 'Arn'] },
    });
    // No resource policy opens the function to anyone.
    dev.resourceCountIs('AWS::Lambda::Permission', 0);
  });
});

describe('IAM', () => {
  it('no role has a managed policy; every statement names its actions, none is a service wildcard', () => {
    for (const role of Object.values(resourcesOf(dev, 'AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    const statements = Object.values(resourcesOf(dev, 'AWS::IAM::Policy')).flatMap(documentOf);
    expect(statements.length).toBeGreaterThan(0);
    for (const action of statements.flatMap(actionsOf)) {
      expect(action).not.toBe('*');
      expect(action).not.toMatch(/:\*$/);
    }
    for (const statement of statements) expect(statement.Resource).not.toBe('*');
  });

  const tableStatements = (service: string): Statement[] =>
    statementsOfRole(dev, roleIdOf(dev, functionId(dev, service))).filter((s) =>
      actionsOf(s).some((a) => a.startsWith('dynamodb:')),
    );

  it.each([
    [
      'pressline-ingest',
      [
        'dynamodb:BatchWriteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ],
    ],
    ['pressline-query', ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']],
  ])('%s may do exactly these table actions, on the table and its named indexes', (service, expected) => {
    const statements = tableStatements(service);
    expect(statements.flatMap(actionsOf).sort()).toEqual(expected);
    const table = tableId(dev);
    for (const statement of statements) {
      expect(statement.Resource).toEqual([
        { 'Fn::GetAtt': [table, 'Arn'] },
        ...GLOBAL_INDEXES.map((index) => ({
          'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, `/index/${index.indexName}`]],
        })),
      ]);
    }
  });

  it('only the ingest function reads the bucket, and only objects under incoming/', () => {
    const bucket = releaseBucketId(dev);
    const ingestRole = roleIdOf(dev, functionId(dev, 'pressline-ingest'));
    const queryRole = roleIdOf(dev, functionId(dev, 'pressline-query'));
    const s3Statements = statementsOfRole(dev, ingestRole).filter((s) =>
      actionsOf(s).some((a) => a.startsWith('s3:')),
    );
    expect(s3Statements).toHaveLength(1);
    const [statement] = s3Statements;
    for (const action of actionsOf(statement as Statement)) expect(action).toMatch(/^s3:(Get|List)/);
    expect(statement?.Resource).toEqual([
      { 'Fn::GetAtt': [bucket, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, '/incoming/*']] },
    ]);
    expect(statementsOfRole(dev, queryRole).some((s) => mentions(s, bucket))).toBe(false);
  });

  it('the query function cannot touch the queue; ingest consumes it without sending', () => {
    const queue = mainQueueId(dev);
    const queryRole = roleIdOf(dev, functionId(dev, 'pressline-query'));
    expect(statementsOfRole(dev, queryRole).some((s) => mentions(s, queue))).toBe(false);
    const ingestRole = roleIdOf(dev, functionId(dev, 'pressline-ingest'));
    const queueActions = statementsOfRole(dev, ingestRole)
      .filter((s) => mentions(s.Resource, queue))
      .flatMap(actionsOf);
    expect(queueActions).toContain('sqs:ReceiveMessage');
    expect(queueActions).toContain('sqs:DeleteMessage');
    expect(queueActions).not.toContain('sqs:SendMessage');
  });
});

describe('table', () => {
  it('is built from the shared key schema and indexes, on demand, with point-in-time recovery', () => {
    const table = resourceOf(dev, 'AWS::DynamoDB::Table', tableId(dev));
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      KeySchema: [
        { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
      ],
    });
    const indexes = (table.Properties.GlobalSecondaryIndexes ?? []) as unknown[];
    expect(indexes).toEqual(
      GLOBAL_INDEXES.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    prod.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });
});

describe('stages', () => {
  it.each([
    { stage: 'dev', template: () => dev, policy: 'Delete', protect: false },
    { stage: 'prod', template: () => prod, policy: 'Retain', protect: true },
  ])(
    '$stage: table, buckets and log groups get DeletionPolicy $policy; deletion protection $protect',
    ({ template, policy, protect }) => {
      const t = template();
      t.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: policy,
        UpdateReplacePolicy: policy,
        Properties: Match.objectLike({ DeletionProtectionEnabled: protect }),
      });
      for (const type of ['AWS::S3::Bucket', 'AWS::Logs::LogGroup']) {
        const resources = Object.values(resourcesOf(t, type));
        expect(resources.length).toBeGreaterThan(0);
        for (const resource of resources) expect(resource.DeletionPolicy).toBe(policy);
      }
    },
  );

  it('no resource but the release bucket has a hard-coded physical name', () => {
    const named: Array<[string, string]> = [
      ['AWS::DynamoDB::Table', 'TableName'],
      ['AWS::SQS::Queue', 'QueueName'],
      ['AWS::Lambda::Function', 'FunctionName'],
      ['AWS::Logs::LogGroup', 'LogGroupName'],
      ['AWS::IAM::Role', 'RoleName'],
      ['AWS::CloudWatch::Alarm', 'AlarmName'],
    ];
    for (const [type, property] of named) {
      for (const resource of Object.values(resourcesOf(dev, type))) {
        expect(resource.Properties[property], `${type}.${property}`).toBeUndefined();
      }
    }
    expect(resourceOf(dev, 'AWS::S3::Bucket', accessLogBucketId(dev)).Properties.BucketName).toBeUndefined();
  });
});

describe('alarms', () => {
  it('fires when the dead-letter queue holds a message', () => {
    dev.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterQueueId(dev), 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
    });
  });

  it('fires when the ingest function errors', () => {
    dev.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId(dev, 'pressline-ingest') } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      Statistic: 'Sum',
    });
  });

  it('fires when the oldest queued event is older than 15 minutes', () => {
    dev.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [mainQueueId(dev), 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 900,
      Statistic: 'Maximum',
    });
  });
});

describe('outputs', () => {
  it('names the buckets, table, queues, query URL and region (keys the CLI reads from cdk-outputs.json)', () => {
    const outputs = dev.findOutputs('*');
    expect(outputs.BucketName?.Value).toEqual({ Ref: releaseBucketId(dev) });
    expect(outputs.AccessLogBucketName?.Value).toEqual({ Ref: accessLogBucketId(dev) });
    expect(outputs.TableName?.Value).toEqual({ Ref: tableId(dev) });
    expect(outputs.QueueUrl?.Value).toEqual({ Ref: mainQueueId(dev) });
    expect(outputs.DeadLetterQueueUrl?.Value).toEqual({ Ref: deadLetterQueueId(dev) });
    expect(outputs.QueryUrl?.Value).toEqual({
      'Fn::GetAtt': [onlyLogicalId(dev, 'AWS::Lambda::Url'), 'FunctionUrl'],
    });
    expect(outputs.Region?.Value).toEqual({ Ref: 'AWS::Region' });
  });
});
