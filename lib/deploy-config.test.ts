import { RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { readDeployConfig } from './deploy-config.ts';
import { InvalidContextError } from './invalid-context-error.ts';

const contextOf =
  (values: Record<string, unknown>) =>
  (key: string): unknown =>
    values[key];

describe('readDeployConfig', () => {
  it.each([
    { stage: 'dev', removal: RemovalPolicy.DESTROY, protect: false, concurrency: 2 },
    { stage: 'prod', removal: RemovalPolicy.RETAIN, protect: true, concurrency: 10 },
  ])('$stage: removal $removal, deletion protection $protect, concurrency $concurrency', (row) => {
    const config = readDeployConfig(contextOf({ stage: row.stage }));
    expect(config).toMatchObject({
      stage: row.stage,
      removalPolicy: row.removal,
      deletionProtection: row.protect,
      ingestMaxConcurrency: row.concurrency,
      maxBytes: 5_242_880,
    });
  });

  it.each([
    // `-c key=value` arrives as a string; cdk.json may hold a number.
    [{ stage: 'dev', maxBytes: '1000', maxConcurrency: '25' }, 1000, 25],
    [{ stage: 'prod', maxBytes: 2048, maxConcurrency: 1000 }, 2048, 1000],
  ])('takes overrides from context %j', (context, maxBytes, concurrency) => {
    expect(readDeployConfig(contextOf(context))).toMatchObject({
      maxBytes,
      ingestMaxConcurrency: concurrency,
    });
  });

  it.each([
    [{}, 'stage', undefined],
    [{ stage: 'production' }, 'stage', 'production'],
    [{ stage: 'Dev' }, 'stage', 'Dev'],
    [{ stage: 'dev', maxConcurrency: '1' }, 'maxConcurrency', '1'],
    [{ stage: 'dev', maxConcurrency: 1001 }, 'maxConcurrency', 1001],
    [{ stage: 'dev', maxBytes: '5MB' }, 'maxBytes', '5MB'],
    [{ stage: 'dev', maxBytes: 0 }, 'maxBytes', 0],
    [{ stage: 'dev', maxBytes: 1.5 }, 'maxBytes', 1.5],
  ])('rejects %j, naming the key and showing the value', (context, key, value) => {
    let caught: unknown;
    try {
      readDeployConfig(contextOf(context));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidContextError);
    expect(caught).toMatchObject({ key, value });
    expect((caught as Error).message).toContain(`"${key}": ${JSON.stringify(value) ?? 'undefined'}`);
  });
});
