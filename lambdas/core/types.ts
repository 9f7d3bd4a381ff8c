import type { Location, Organization, Person } from '../model/press-record.ts';

/** A stretch of the working text: `text === working.slice(start, end)`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Sentence extends TextSpan {
  /** Index of the paragraph the sentence sits in. */
  readonly paragraph: number;
}

/** The release as every extractor sees it: normalized text cut into paragraphs and sentences. */
export interface ReleaseText {
  readonly text: string;
  readonly paragraphs: readonly TextSpan[];
  readonly sentences: readonly Sentence[];
}

export type EntityKind = 'person' | 'organization' | 'location';

/** One place in the text where a listed entity is named; `name` is the entity's canonical name. */
export interface EntityMention extends TextSpan {
  readonly kind: EntityKind;
  readonly name: string;
}

/** The named entities of a release, with every mention, for the quote extractor to attribute speech. */
export interface Entities {
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];
  readonly locations: readonly Location[];
  /** Every mention of a listed entity, in text order. */
  readonly mentions: readonly EntityMention[];
}

export interface ExtractOptions {
  /** Goes into `record.source` (a path, or `s3://bucket/key`). */
  readonly source?: string;
  /**
   * The day to resolve relative dates against when the text states no publication date
   * (for example the day the object was uploaded). The core never reads the clock.
   */
  readonly referenceDate?: string;
}
