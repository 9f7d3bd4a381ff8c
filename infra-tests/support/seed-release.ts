import type { ReleaseStore } from '../../lambdas/adapters/dynamo-store.ts';
import { generationOf, monthOf, normalizeSequencer } from '../../lambdas/model/item-keys.ts';
import { emptyRecord, type PressRecord } from '../../lambdas/model/press-record.ts';
import { toReleaseItems } from '../../lambdas/model/release-items.ts';

export interface SeedOptions {
  readonly key: string;
  readonly sequencer?: string;
  readonly uploadedDate?: string;
  readonly ingestedAt?: string;
}

/** A record with every list empty: tests fill in what they need. */
export function recordOf(fields: Partial<PressRecord> & { source: string }): PressRecord {
  return { ...emptyRecord(fields.source), ...fields };
}

/** Stores a hand-made record the way the ingest path does (items, then the committing document). */
export async function seedRelease(store: ReleaseStore, record: PressRecord, options: SeedOptions) {
  const sequencer = normalizeSequencer(options.sequencer ?? '1') ?? '';
  const ingestedAt = options.ingestedAt ?? '2025-06-01T00:00:00.000Z';
  const { document, items } = toReleaseItems(record, {
    bucket: 'pressline-test-bucket',
    key: options.key,
    versionId: null,
    sequencer,
    generation: generationOf(sequencer, ingestedAt, 'abcd1234'),
    ingestedAt,
    sha256: 'a'.repeat(64),
    size: 100,
    extractorVersion: '0.0.0-test',
    uploadedDate: options.uploadedDate ?? '2025-06-01',
  });
  await store.recordMonth(monthOf(document.sortDate));
  await store.writeItems(items);
  const outcome = await store.commitDocument(document);
  await store.removeOlderGenerations(document.id, document.generation);
  return { document, items, outcome };
}
