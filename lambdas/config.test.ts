import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MAX_BYTES, readConfig } from './config.ts';

describe('readConfig', () => {
  it('reads the table, bucket, size limit and queue', () => {
    expect(
      readConfig({
        PRESSLINE_TABLE: 'records',
        PRESSLINE_BUCKET: 'releases',
        PRESSLINE_MAX_BYTES: '1024',
        PRESSLINE_QUEUE_URL: 'https://sqs.example/q',
      }),
    ).toEqual({
      tableName: 'records',
      bucketName: 'releases',
      maxBytes: 1024,
      queueUrl: 'https://sqs.example/q',
    });
  });

  it('defaults the size limit to 5 MB', () => {
    expect(readConfig({ PRESSLINE_TABLE: 'records' }).maxBytes).toBe(DEFAULT_MAX_BYTES);
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
  });

  it.each([
    [{}, 'PRESSLINE_TABLE'],
    [{ PRESSLINE_TABLE: '  ' }, 'PRESSLINE_TABLE'],
    [{ PRESSLINE_TABLE: 't', PRESSLINE_MAX_BYTES: '5MB' }, '"5MB"'],
    [{ PRESSLINE_TABLE: 't', PRESSLINE_MAX_BYTES: '0' }, 'PRESSLINE_MAX_BYTES'],
  ])('fails loudly for %j', (env, named) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(named);
  });
});
