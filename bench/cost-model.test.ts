import { describe, expect, it } from 'vitest';
import { estimateCostPerMillion } from './cost-model.ts';

describe('estimateCostPerMillion', () => {
  const workload = { characters: 250, lambdaMs: 100, lambdaMemoryMb: 1024, batchSize: 10, writeUnits: 10 };

  it('prices Lambda by GB-seconds plus one request per batch', () => {
    // 1e6 x (0.1 s x 1 GB x 0.0000133334) + 1e5 requests x $0.20/M = 1.33334 + 0.02
    expect(estimateCostPerMillion(workload).lambda).toBeCloseTo(1.35334, 5);
  });

  it('prices DynamoDB by write units', () => {
    expect(estimateCostPerMillion(workload).dynamodb).toBeCloseTo(6.25, 6);
  });

  it('charges the managed API three units at least', () => {
    // 250 characters -> 3 units (the minimum) x $0.0001 x 1e6
    expect(estimateCostPerMillion(workload).managedNlp).toBeCloseTo(300, 6);
    expect(estimateCostPerMillion({ ...workload, characters: 1001 }).managedNlp).toBeCloseTo(1100, 6);
  });

  it('adds the parts into the total', () => {
    const cost = estimateCostPerMillion(workload);
    expect(cost.total).toBeCloseTo(cost.lambda + cost.s3 + cost.sqs + cost.dynamodb, 9);
  });
});
