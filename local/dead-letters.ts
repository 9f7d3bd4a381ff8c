import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

/** A message the ingest function gave up on, with the objects its S3 event names. */
export interface DeadLetter {
  readonly messageId: string;
  /** When the event was first sent (the dead-letter queue keeps the original timestamp). */
  readonly sentAt: string | null;
  readonly objects: readonly { readonly eventName: string; readonly key: string }[];
  readonly body: string;
}

/** How long listed messages stay hidden while the listing runs; released right after. */
const LISTING_VISIBILITY_SECONDS = 30;
const MAX_LISTED = 1_000;

/**
 * Lists the dead-letter queue without consuming it: messages are received (hidden for the listing,
 * so each is seen once) and then made visible again.
 */
export async function listDeadLetters(sqs: SQSClient, queueUrl: string): Promise<DeadLetter[]> {
  const messages = await receiveAll(sqs, queueUrl);
  await releaseMessages(sqs, queueUrl, messages);
  return messages.map(toDeadLetter);
}

/**
 * Sends every dead letter back to the ingest queue (after the cause is fixed) and removes it from the
 * dead-letter queue. Returns how many moved.
 */
export async function redriveDeadLetters(
  sqs: SQSClient,
  deadLetterQueueUrl: string,
  queueUrl: string,
): Promise<number> {
  const messages = await receiveAll(sqs, deadLetterQueueUrl);
  for (const message of messages) {
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: message.Body ?? '' }));
    await sqs.send(
      new DeleteMessageCommand({ QueueUrl: deadLetterQueueUrl, ReceiptHandle: message.ReceiptHandle ?? '' }),
    );
  }
  return messages.length;
}

async function receiveAll(sqs: SQSClient, queueUrl: string): Promise<Message[]> {
  const seen = new Map<string, Message>();
  while (seen.size < MAX_LISTED) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: LISTING_VISIBILITY_SECONDS,
        WaitTimeSeconds: 0,
        MessageSystemAttributeNames: ['SentTimestamp'],
      }),
    );
    const fresh = (received.Messages ?? []).filter((message) => !seen.has(message.MessageId ?? ''));
    if (fresh.length === 0) break;
    for (const message of fresh) seen.set(message.MessageId ?? '', message);
  }
  return [...seen.values()];
}

async function releaseMessages(
  sqs: SQSClient,
  queueUrl: string,
  messages: readonly Message[],
): Promise<void> {
  for (let start = 0; start < messages.length; start += 10) {
    const entries = messages.slice(start, start + 10).map((message, index) => ({
      Id: String(index),
      ReceiptHandle: message.ReceiptHandle ?? '',
      VisibilityTimeout: 0,
    }));
    await sqs.send(new ChangeMessageVisibilityBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
  }
}

function toDeadLetter(message: Message): DeadLetter {
  const body = message.Body ?? '';
  const sent = Number(message.Attributes?.SentTimestamp);
  return {
    messageId: message.MessageId ?? '',
    sentAt: Number.isFinite(sent) && sent > 0 ? new Date(sent).toISOString() : null,
    objects: objectsOf(body),
    body,
  };
}

/** The objects an S3 event message names (keys decoded); none when the body is not an S3 event. */
function objectsOf(body: string): DeadLetter['objects'] {
  try {
    const event = JSON.parse(body) as {
      Records?: { eventName?: string; s3?: { object?: { key?: string } } }[];
    };
    return (event.Records ?? []).map((record) => ({
      eventName: record.eventName ?? '?',
      key: decodeEventKey(record.s3?.object?.key ?? ''),
    }));
  } catch {
    // A message that is not JSON is itself a reason it failed; the body is shown as it is.
    return [];
  }
}

function decodeEventKey(key: string): string {
  try {
    return decodeURIComponent(key.replaceAll('+', ' '));
  } catch {
    return key;
  }
}
