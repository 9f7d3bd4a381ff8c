import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { boundLoggedStrings, MAX_LOGGED_STRING_LENGTH } from '../../lambdas/adapters/log-excerpt.ts';
import { objectMessage, sqsEvent } from '../support/events.ts';

// Logs must never hold a whole release or an unbounded value an uploader controls: a key, a message
// body, or an error whose message quotes them. What reaches stdout/stderr is captured and measured.

const TEN_KB = 10 * 1024;
const longKey = `incoming/${'k'.repeat(TEN_KB)}.txt`;
const longText = `March 3, 2025\n\n${'The harbour council said the bridge is open. '.repeat(TEN_KB / 40)}`;

/** Everything written to stdout and stderr while `run` runs, as lines. */
async function capture(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const written: string[] = [];
  const record = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(record);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(record);
  try {
    await run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return written
    .join('')
    .split('\n')
    .filter((line) => line !== '');
}

/** The longest run of one character, e.g. of the key's filler. */
const longestRun = (line: string, character: string) =>
  Math.max(0, ...(line.match(new RegExp(`${character}+`, 'g')) ?? []).map((run) => run.length));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the ingest logger', () => {
  it('logs a bounded excerpt of a 10 KB key and a 10 KB text, wherever they appear', async () => {
    const logger = new Logger({
      serviceName: 'bounds',
      logLevel: 'DEBUG',
      jsonReplacerFn: boundLoggedStrings,
    });
    const lines = await capture(() => {
      logger.appendKeys({ key: longKey });
      logger.info('release ingested', { key: longKey, quotes: 1 });
      logger.warn('release rejected', { key: longKey, detail: `could not read ${longText}` });
      logger.error('message failed; it will be retried', {
        error: new Error(`the key "${longKey}" is bad`, { cause: new Error(longText) }),
      });
      logger.info(longText);
    });
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry.level).toBeDefined();
      expect(longestRun(line, 'k')).toBeLessThanOrEqual(MAX_LOGGED_STRING_LENGTH);
      expect(line).not.toContain(longText.slice(0, 2 * MAX_LOGGED_STRING_LENGTH));
      // A handful of bounded strings per entry: far below the 20 KB that went in.
      expect(line.length).toBeLessThan(8 * MAX_LOGGED_STRING_LENGTH);
    }
    // The excerpt is still useful: it starts with what was logged.
    expect(JSON.parse(lines[0] ?? '{}').key).toMatch(/^incoming\/kkkk/);
  });

  it('leaves ordinary values whole', async () => {
    const logger = new Logger({ serviceName: 'bounds', jsonReplacerFn: boundLoggedStrings });
    const key = `incoming/${'\u00e9'.repeat(500)}.txt`;
    const [line] = await capture(() => logger.info('release ingested', { key, quotes: 2 }));
    expect(JSON.parse(line ?? '{}')).toMatchObject({ key, quotes: 2, message: 'release ingested' });
  });
});

describe('the ingest handler', () => {
  let handler: (event: SQSEvent) => Promise<SQSBatchResponse>;

  beforeAll(async () => {
    // An invalid message fails before any AWS call; the endpoints point nowhere, in case one were made.
    Object.assign(process.env, {
      PRESSLINE_TABLE: 'pressline-log-bounds',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_METRICS_NAMESPACE: 'PresslineTest',
      POWERTOOLS_SERVICE_NAME: 'pressline-ingest',
    });
    ({ handler } = await import('../../lambdas/handlers/ingest.ts'));
  });

  it('logs a bounded excerpt when a message names a 10 KB key it cannot decode', async () => {
    const message = objectMessage({
      eventName: 'ObjectCreated:Put',
      encodedKey: `incoming/${'k'.repeat(TEN_KB)}%E0%A4.txt`,
      sequencer: '1',
    });
    let response: SQSBatchResponse | undefined;
    const lines = await capture(async () => {
      response = await handler(sqsEvent(message));
    });
    expect(response?.batchItemFailures).toEqual([{ itemIdentifier: message.messageId }]);
    const failures = lines.filter((line) => line.includes('message failed'));
    expect(failures).toHaveLength(1);
    for (const line of lines) {
      expect(longestRun(line, 'k')).toBeLessThanOrEqual(MAX_LOGGED_STRING_LENGTH);
      expect(line.length).toBeLessThan(8 * MAX_LOGGED_STRING_LENGTH);
    }
  });
});
