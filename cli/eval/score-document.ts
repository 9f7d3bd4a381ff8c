import type { PressRecord } from '../../lambdas/model/press-record.ts';
import type { GoldRecord } from './gold.ts';
import { type MatchedPair, matchGreedy, matchMaximum } from './matching.ts';
import { normalizeName, tokenOverlapF1 } from './normalize.ts';

/** The fields that macro-F1 averages. */
export const SCORED_FIELDS = [
  'organizations',
  'people',
  'locations',
  'dates',
  'quotes',
  'attendance',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** A quote matches a gold quote when their token-overlap F1 reaches this. */
export const QUOTE_OVERLAP_THRESHOLD = 0.5;

/** Matches and mismatches of one field in one document; `missed` and `spurious` say which items. */
export interface FieldTally {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Gold items nothing matched (false negatives), for reading. */
  readonly missed: readonly string[];
  /** Predicted items that matched no gold item (false positives), for reading. */
  readonly spurious: readonly string[];
}

export interface DocumentScore {
  readonly id: string;
  /** Per field; `quotes` counts a quote only when text and speaker are both right. */
  readonly fields: Readonly<Record<ScoredField, FieldTally>>;
  /** Quotes matched on text alone, whoever the speaker. */
  readonly quoteDetection: FieldTally;
  /** Of the quotes detected (text matched), how many have the right speaker. */
  readonly speakers: { readonly correct: number; readonly total: number };
  readonly publishedDate: { readonly predicted: string | null; readonly gold: string | null };
}

interface NamedItem {
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}

/**
 * Scores one extracted record against its gold annotation (rules in the eval README section:
 * entities by any shared normalized form, dates by value, quotes by token overlap with the right
 * speaker, attendance by count; every matching one-to-one).
 *
 * @example
 * scoreDocument(record, gold).fields.people // { truePositives: 2, falsePositives: 1, falseNegatives: 0, … }
 */
export function scoreDocument(record: PressRecord, gold: GoldRecord): DocumentScore {
  const speakerMatches = buildSpeakerMatcher(record, gold);
  const quotePair = (p: number, g: number): number =>
    tokenOverlapF1(record.quotes[p]?.text ?? '', gold.quotes[g]?.text ?? '');
  const detected = matchGreedy(record.quotes.length, gold.quotes.length, quotePair, QUOTE_OVERLAP_THRESHOLD);
  const attributed = matchGreedy(
    record.quotes.length,
    gold.quotes.length,
    (p, g) =>
      speakerMatches(record.quotes[p]?.speaker ?? null, gold.quotes[g]?.speaker ?? null)
        ? quotePair(p, g)
        : 0,
    QUOTE_OVERLAP_THRESHOLD,
  );
  const describeQuote = (quote: { speaker: string | null; text: string }): string =>
    `${quote.speaker ?? '(no speaker)'}: ${quote.text}`;
  const predictedDates = [...new Set(record.dates.map((mention) => mention.date))];
  return {
    id: gold.id,
    fields: {
      organizations: scoreEntities(record.organizations, gold.organizations),
      people: scoreEntities(record.people, gold.people),
      locations: scoreEntities(record.locations, gold.locations),
      dates: tally(
        predictedDates,
        gold.dates,
        matchMaximum(predictedDates.length, gold.dates.length, (p, g) => predictedDates[p] === gold.dates[g]),
        String,
        String,
      ),
      quotes: tally(record.quotes, gold.quotes, attributed, describeQuote, describeQuote),
      attendance: tally(
        record.attendance,
        gold.attendance,
        matchMaximum(
          record.attendance.length,
          gold.attendance.length,
          (p, g) => record.attendance[p]?.count === gold.attendance[g]?.count,
        ),
        (a) => `${a.count} (${a.text})`,
        (a) => `${a.count} (${a.text})`,
      ),
    },
    quoteDetection: tally(record.quotes, gold.quotes, detected, describeQuote, describeQuote),
    speakers: {
      correct: detected.filter((pair) =>
        speakerMatches(
          record.quotes[pair.predicted]?.speaker ?? null,
          gold.quotes[pair.gold]?.speaker ?? null,
        ),
      ).length,
      total: detected.length,
    },
    publishedDate: { predicted: record.publishedDate, gold: gold.publishedDate },
  };
}

/** Every normalized form (name and aliases) an entity goes by. */
function formsOf(item: NamedItem): Set<string> {
  return new Set([item.name, ...(item.aliases ?? [])].map(normalizeName).filter((form) => form !== ''));
}

function shareForm(left: Set<string>, right: Set<string>): boolean {
  for (const form of left) if (right.has(form)) return true;
  return false;
}

function scoreEntities(predicted: readonly NamedItem[], gold: readonly NamedItem[]): FieldTally {
  const predictedForms = predicted.map(formsOf);
  const goldForms = gold.map(formsOf);
  const pairs = matchMaximum(predicted.length, gold.length, (p, g) =>
    shareForm(predictedForms[p] ?? new Set(), goldForms[g] ?? new Set()),
  );
  return tally(predicted, gold, pairs, describeEntity, describeEntity);
}

function describeEntity(item: NamedItem): string {
  const aliases = item.aliases ?? [];
  return aliases.length === 0 ? item.name : `${item.name} (${aliases.join(', ')})`;
}

/**
 * A speaker is right when its name, or any form of the entity it names, is a form of the gold
 * speaker's entity: "Tokayev" for "Kassym-Jomart Tokayev" is right when the record lists both as one
 * person. Two absent speakers agree.
 */
function buildSpeakerMatcher(
  record: PressRecord,
  gold: GoldRecord,
): (predicted: string | null, expected: string | null) => boolean {
  const predictedEntities = [...record.people, ...record.organizations];
  const goldEntities = [...gold.people, ...gold.organizations];
  const formsByName = (entities: readonly NamedItem[], name: string): Set<string> => {
    const forms = new Set([normalizeName(name)]);
    for (const entity of entities)
      if (entity.name === name) for (const form of formsOf(entity)) forms.add(form);
    return forms;
  };
  return (predicted, expected) => {
    if (predicted === null || expected === null) return predicted === expected;
    return shareForm(formsByName(predictedEntities, predicted), formsByName(goldEntities, expected));
  };
}

function tally<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  pairs: readonly MatchedPair[],
  describePredicted: (item: P) => string,
  describeGold: (item: G) => string,
): FieldTally {
  const matchedPredicted = new Set(pairs.map((pair) => pair.predicted));
  const matchedGold = new Set(pairs.map((pair) => pair.gold));
  return {
    truePositives: pairs.length,
    falsePositives: predicted.length - pairs.length,
    falseNegatives: gold.length - pairs.length,
    missed: gold.filter((_, index) => !matchedGold.has(index)).map(describeGold),
    spurious: predicted.filter((_, index) => !matchedPredicted.has(index)).map(describePredicted),
  };
}
