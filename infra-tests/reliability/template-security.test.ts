import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeployConfig } from '../../lib/deploy-config.ts';
import { PresslineStack } from '../../lib/pressline-stack.ts';

// Least privilege and encryption, over EVERY resource of both stages' templates, so a bucket, queue,
// role or policy added later is held to the same rules. `infra-tests/stack.test.ts` asserts the named
// resources one by one (and cdk-nag runs in `nag.test.ts`); this file asserts what holds for all.

interface Resource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}
interface Statement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Action?: string | string[];
  readonly NotAction?: unknown;
  readonly Resource?: unknown;
  readonly NotResource?: unknown;
  readonly Principal?: unknown;
  readonly NotPrincipal?: unknown;
  readonly Condition?: unknown;
}
interface PlacedStatement extends Statement {
  /** `<stage> <logical id> (<type>)`, to name the culprit in a failure. */
  readonly where: string;
}

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/**
 * Resources that may be `*` because AWS offers no narrower one for the action (for example
 * `xray:PutTraceSegments` or `cloudwatch:PutMetricData`). None today: metrics go out as EMF log lines,
 * tracing is off, and every grant names its table, bucket prefix, queue or log group.
 */
const REQUIRED_WILDCARD_RESOURCES: readonly string[] = [];

const templates: Record<string, Record<string, Resource>> = {};

// Both stages in one app, synthesized once (bundling runs once per handler).
beforeAll(() => {
  const app = new App({ context: cdkJson.context });
  const stacks = ['dev', 'prod'].map(
    (stage) =>
      [
        stage,
        new PresslineStack(app, `Pressline-${stage}`, {
          config: readDeployConfig((key) => (key === 'stage' ? stage : undefined)),
        }),
      ] as const,
  );
  for (const [stage, stack] of stacks) {
    templates[stage] = (
      Template.fromStack(stack).toJSON() as { Resources: Record<string, Resource> }
    ).Resources;
  }
});

const everyResource = (type?: string): Array<[string, Resource]> =>
  Object.entries(templates).flatMap(([stage, resources]) =>
    Object.entries(resources)
      .filter(([, resource]) => type === undefined || resource.Type === type)
      .map(([id, resource]): [string, Resource] => [`${stage} ${id}`, resource]),
  );

/** Every statement of every policy document: identity, inline, managed, trust and resource policies. */
function everyStatement(): PlacedStatement[] {
  return everyResource().flatMap(([where, resource]) => {
    const properties = resource.Properties ?? {};
    const inline = (properties.Policies as { PolicyDocument: unknown }[] | undefined) ?? [];
    const documents = [
      properties.PolicyDocument,
      properties.AssumeRolePolicyDocument,
      ...inline.map((policy) => policy.PolicyDocument),
    ].filter((document) => document !== undefined) as { Statement: Statement[] }[];
    return documents.flatMap((document) =>
      document.Statement.map((statement) => ({ ...statement, where: `${where} (${resource.Type})` })),
    );
  });
}

const listOf = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('IAM: least privilege in every policy document', () => {
  it('finds the policies it checks (identity, trust and resource policies)', () => {
    const kinds = new Set(everyStatement().map((statement) => statement.where.replace(/^.*\(/, '(')));
    expect(kinds).toEqual(
      new Set([
        '(AWS::IAM::Policy)',
        '(AWS::IAM::Role)',
        '(AWS::S3::BucketPolicy)',
        '(AWS::SQS::QueuePolicy)',
      ]),
    );
  });

  it('has no statement with a "*" action, and no NotAction, NotResource or NotPrincipal', () => {
    const offenders = everyStatement().filter(
      (statement) =>
        listOf(statement.Action).includes('*') ||
        statement.NotAction !== undefined ||
        statement.NotResource !== undefined ||
        statement.NotPrincipal !== undefined,
    );
    expect(offenders).toEqual([]);
  });

  it('allows no whole service ("s3:*"); such wildcards appear only in Deny statements', () => {
    const offenders = everyStatement().filter(
      (statement) =>
        statement.Effect === 'Allow' &&
        listOf(statement.Action).some((action) => /:\*$/.test(String(action))),
    );
    expect(offenders).toEqual([]);
  });

  it('grants on "*" resources exactly where AWS requires it (today: nowhere)', () => {
    const wildcards = everyStatement()
      .filter((statement) => statement.Effect === 'Allow' && listOf(statement.Resource).includes('*'))
      .flatMap((statement) => listOf(statement.Action).map(String));
    expect(wildcards.sort()).toEqual([...REQUIRED_WILDCARD_RESOURCES].sort());
  });

  it('opens nothing to everyone: a "*" principal only ever in a Deny; every Allow with a principal names one AWS service', () => {
    for (const statement of everyStatement()) {
      const principal = JSON.stringify(statement.Principal ?? null);
      if (principal.includes('"*"')) expect(statement.Effect, statement.where).toBe('Deny');
      if (statement.Effect === 'Allow' && statement.Principal !== undefined) {
        expect(principal, statement.where).toMatch(/^\{"Service":"[a-z0-9.-]+\.amazonaws\.com"\}$/);
      }
    }
  });
});

describe('encryption and transport, for every bucket and queue', () => {
  /** The Deny-unless-TLS statements of the resource policies that name this logical id. */
  const tlsDenials = (stage: string, id: string, policyType: string, targetProperty: string) =>
    Object.values(templates[stage] ?? {})
      .filter(
        (resource) =>
          resource.Type === policyType &&
          JSON.stringify(resource.Properties?.[targetProperty]).includes(`{"Ref":"${id}"}`),
      )
      .flatMap(
        (resource) =>
          (resource.Properties?.PolicyDocument as { Statement?: Statement[] } | undefined)?.Statement ?? [],
      )
      .filter(
        (statement) =>
          statement.Effect === 'Deny' &&
          JSON.stringify(statement.Condition) ===
            JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }) &&
          JSON.stringify(statement.Principal) === JSON.stringify({ AWS: '*' }),
      );

  it('every bucket is encrypted at rest, blocks every kind of public access, and refuses plain HTTP', () => {
    const buckets = everyResource('AWS::S3::Bucket');
    expect(buckets.length).toBe(4);
    for (const [where, bucket] of buckets) {
      const properties = bucket.Properties ?? {};
      const rules = (
        properties.BucketEncryption as {
          ServerSideEncryptionConfiguration: { ServerSideEncryptionByDefault: { SSEAlgorithm: string } }[];
        }
      ).ServerSideEncryptionConfiguration;
      expect(
        rules.map((rule) => rule.ServerSideEncryptionByDefault.SSEAlgorithm),
        where,
      ).toEqual([expect.stringMatching(/^(AES256|aws:kms|aws:kms:dsse)$/)]);
      expect(properties.PublicAccessBlockConfiguration, where).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      const [stage = '', id = ''] = where.split(' ');
      const denials = tlsDenials(stage, id, 'AWS::S3::BucketPolicy', 'Bucket');
      expect(denials, where).toHaveLength(1);
      // The bucket and every object in it.
      expect(JSON.stringify(denials[0]?.Resource)).toContain('"/*"');
    }
  });

  it('every queue is encrypted at rest and refuses plain HTTP', () => {
    const queues = everyResource('AWS::SQS::Queue');
    expect(queues.length).toBe(4);
    for (const [where, queue] of queues) {
      const properties = queue.Properties ?? {};
      expect(properties.SqsManagedSseEnabled === true || properties.KmsMasterKeyId !== undefined, where).toBe(
        true,
      );
      const [stage = '', id = ''] = where.split(' ');
      expect(tlsDenials(stage, id, 'AWS::SQS::QueuePolicy', 'Queues'), where).toHaveLength(1);
    }
  });

  it('the table is encrypted at rest (AWS-owned key unless a customer key is set, never turned off)', () => {
    for (const [where, table] of everyResource('AWS::DynamoDB::Table')) {
      const sse = table.Properties?.SSESpecification as { SSEEnabled?: boolean } | undefined;
      // DynamoDB always encrypts; SSEEnabled false only means "AWS-owned key", so nothing can disable it.
      // A customer-managed key, if ever set, must then be enabled explicitly.
      if (sse !== undefined) expect(sse.SSEEnabled ?? true, where).toBe(true);
    }
  });
});

describe('the query URL', () => {
  it('in every stage, refuses unsigned requests (AWS_IAM) and no permission lets anyone invoke', () => {
    const urls = everyResource('AWS::Lambda::Url');
    expect(urls.length).toBe(2);
    for (const [where, url] of urls) expect(url.Properties?.AuthType, where).toBe('AWS_IAM');
    for (const [where, permission] of everyResource('AWS::Lambda::Permission')) {
      expect(permission.Properties?.Principal, where).not.toBe('*');
      expect(permission.Properties?.FunctionUrlAuthType, where).not.toBe('NONE');
    }
  });
});
