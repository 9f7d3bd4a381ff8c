import { describe, expect, it } from 'vitest';
import { normalizeSequencer } from '../model/item-keys.ts';
import { toReprocessMessage } from './reprocess-message.ts';
import { parseQueueMessage } from './s3-event.ts';

describe('toReprocessMessage', () => {
  const target = {
    bucket: 'releases',
    key: 'incoming/café news+1.txt',
    size: 321,
    lastModified: new Date('2025-06-18T09:30:00.000Z'),
  };

  it('is read by the ingest path as the upload event of the object', () => {
    const parsed = parseQueueMessage(toReprocessMessage({ ...target, sequencer: '0A', versionId: 'v7' }));
    expect(parsed).toEqual({
      kind: 'events',
      events: [
        {
          change: 'created',
          eventName: 'ObjectCreated:Put',
          bucket: 'releases',
          key: 'incoming/café news+1.txt',
          versionId: 'v7',
          sequencer: normalizeSequencer('0A'),
          size: 321,
          eventTime: '2025-06-18T09:30:00.000Z',
        },
      ],
    });
  });

  it('carries the lowest sequencer for an object the table never recorded, so any real event wins', () => {
    const parsed = parseQueueMessage(toReprocessMessage(target));
    expect(parsed.kind === 'events' && parsed.events[0]?.sequencer).toBe('0'.repeat(32));
  });
});
