import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLambdaContext } from './lambda-context.ts';
import { LocalStackError } from './local-stack-error.ts';
import { toSqsEvent } from './sqs-event.ts';

/** An SQS-triggered Lambda handler, as `lambdas/handlers/ingest.ts` exports it. */
export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

/** What became of one invocation. */
export interface BatchOutcome {
  readonly size: number;
  /** The event the handler was given. */
  readonly event: SQSEvent;
  /** Message ids left on the queue for a retry. */
  readonly failedIds: readonly string[];
  /** The receive count of each failed message, to tell a last attempt from an early one. */
  readonly failedReceiveCounts: readonly number[];
  /** Set when the handler threw (the whole batch is retried, as on Lambda). */
  readonly error?: unknown;
}

export interface QueuePollerOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly region: string;
  readonly handler: SqsHandler;
  readonly functionName: string;
  readonly batchSize: number;
  /** Invocations at once (Lambda's event-source maximum concurrency). */
  readonly concurrency: number;
  readonly timeoutMs?: number;
  /**
   * The queue's visibility timeout. While a batch runs, its messages' visibility is extended: on AWS
   * the function timeout is kept well below the visibility timeout so a slow batch is never redelivered
   * mid-run; locally the timeout is short (quick retries) and extraction may be slow on a busy laptop.
   */
  readonly visibilityTimeoutSeconds: number;
  readonly onBatch?: (outcome: BatchOutcome) => void;
  /** A receive or delete call failed; the poller backs off and keeps going. */
  readonly onError: (error: unknown) => void;
}

export interface QueuePoller {
  /** Invocations running now. */
  busy(): number;
  stop(): Promise<void>;
}

const LONG_POLL_SECONDS = 1;
const BACK_OFF_MS = 1_000;

/**
 * Does what Lambda's SQS event source does: long-polls the queue, invokes the handler with each batch
 * wrapped as an SQS event, deletes the messages that succeeded, and leaves `batchItemFailures` (or the
 * whole batch, if the handler throws) to reappear after the visibility timeout, until the queue's
 * redrive policy moves them to the dead-letter queue.
 */
export function startQueuePoller(options: QueuePollerOptions): QueuePoller {
  const abort = new AbortController();
  let busy = 0;

  const pollOnce = async (): Promise<void> => {
    const received = await options.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: options.queueUrl,
        MaxNumberOfMessages: options.batchSize,
        WaitTimeSeconds: LONG_POLL_SECONDS,
        MessageSystemAttributeNames: ['All'],
      }),
      { abortSignal: abort.signal },
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) return;
    busy += 1;
    const heartbeat = setInterval(
      () => void extendVisibility(options, messages).catch(options.onError),
      (options.visibilityTimeoutSeconds * 1000) / 2,
    );
    try {
      const outcome = await invoke(options, messages);
      clearInterval(heartbeat);
      const failed = new Set(outcome.failedIds);
      await deleteMessages(
        options,
        messages.filter((message) => !failed.has(message.MessageId ?? '')),
      );
      options.onBatch?.(outcome);
    } finally {
      clearInterval(heartbeat);
      busy -= 1;
    }
  };

  const work = async (): Promise<void> => {
    while (!abort.signal.aborted) {
      try {
        await pollOnce();
      } catch (error) {
        if (abort.signal.aborted) return;
        options.onError(error);
        await new Promise((resolve) => setTimeout(resolve, BACK_OFF_MS));
      }
    }
  };

  const workers = Array.from({ length: options.concurrency }, () => work());
  return {
    busy: () => busy,
    async stop() {
      abort.abort();
      await Promise.all(workers);
    },
  };
}

async function invoke(options: QueuePollerOptions, messages: readonly Message[]): Promise<BatchOutcome> {
  const event = toSqsEvent(messages, options.queueArn, options.region);
  const context = createLambdaContext(options.functionName, options.region, options.timeoutMs ?? 30_000);
  const receiveCount = (id: string) =>
    Number(messages.find((message) => message.MessageId === id)?.Attributes?.ApproximateReceiveCount ?? '1');
  const allIds = messages.map((message) => message.MessageId ?? '');
  const allFailed = (error: unknown): BatchOutcome => ({
    size: messages.length,
    event,
    failedIds: allIds,
    failedReceiveCounts: allIds.map(receiveCount),
    error,
  });
  let response: SQSBatchResponse | undefined;
  try {
    response = await options.handler(event, context);
  } catch (error) {
    return allFailed(error);
  }
  const failedIds = (response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier);
  // Lambda fails the whole batch when a reported identifier is not one of the batch's messages.
  if (failedIds.some((id) => !allIds.includes(id))) {
    return allFailed(
      new LocalStackError(`batchItemFailures names unknown message ids: ${failedIds.join(', ')}`),
    );
  }
  return { size: messages.length, event, failedIds, failedReceiveCounts: failedIds.map(receiveCount) };
}

async function extendVisibility(options: QueuePollerOptions, messages: readonly Message[]): Promise<void> {
  for (let start = 0; start < messages.length; start += 10) {
    const entries = messages.slice(start, start + 10).map((message, index) => ({
      Id: String(index),
      ReceiptHandle: message.ReceiptHandle ?? '',
      VisibilityTimeout: options.visibilityTimeoutSeconds,
    }));
    await options.sqs.send(
      new ChangeMessageVisibilityBatchCommand({ QueueUrl: options.queueUrl, Entries: entries }),
    );
  }
}

async function deleteMessages(options: QueuePollerOptions, messages: readonly Message[]): Promise<void> {
  for (let start = 0; start < messages.length; start += 10) {
    const entries = messages.slice(start, start + 10).map((message, index) => ({
      Id: String(index),
      ReceiptHandle: message.ReceiptHandle ?? '',
    }));
    const result = await options.sqs.send(
      new DeleteMessageBatchCommand({ QueueUrl: options.queueUrl, Entries: entries }),
    );
    // A failed delete means a redelivery: harmless (the handler is idempotent) but worth telling.
    for (const failure of result.Failed ?? [])
      options.onError(new LocalStackError(`DeleteMessage failed: ${failure.Message}`));
  }
}
