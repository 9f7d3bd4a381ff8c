/** The items of a release in the table do not make a valid record: the store is corrupt, not the input. */
export class StoredRecordError extends Error {
  override readonly name = 'StoredRecordError';
}
