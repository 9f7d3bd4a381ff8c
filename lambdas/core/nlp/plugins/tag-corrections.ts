import type { Plugin } from '../compromise-types.ts';

/** A term of compromise's parse as this step sees it: its tags are replaced in place. */
export interface TaggedTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  tags: Set<string>;
}

/** Past forms compromise reads as a given name or an infinitive in lower case ("the show drew crowds"). */
const PAST_FORMS_READ_AS_NAMES = new Set(['drew']);

/** An apostrophe right after the word: a plural possessive ("the kids' race") or a closing quote. */
const APOSTROPHE_AFTER = /^['’]/;

/** A single quotation mark opening before a word: an apostrophe after a later word may close it. */
const SINGLE_QUOTE_BEFORE = /['‘]$/;

/** Nothing but spaces between two words: no comma, dash or quotation mark parts them. */
const SPACE_ONLY = /^\s+$/;

/** A word-class reading: the tags it drops (compromise's own) and the tags it sets. */
interface Reading {
  readonly drops: readonly string[];
  readonly sets: readonly string[];
}

/** compromise's verb tags, dropped when a word is read as a noun. */
const VERB_TAGS = ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Copula'];
/** compromise's noun and name tags, dropped when a word is read as a verb. */
const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Possessive', 'ProperNoun', 'Person', 'FirstName'];
const NOUN_AND_NAME_TAGS = [...NOUN_TAGS, 'MaleName', 'FemaleName', 'LastName', ...VERB_TAGS];

const PAST_VERB: Reading = { drops: NOUN_AND_NAME_TAGS, sets: ['Verb', 'PastTense'] };
const PLURAL_POSSESSIVE: Reading = { drops: VERB_TAGS, sets: ['Noun', 'Plural', 'Possessive'] };
const SINGULAR_NOUN: Reading = { drops: VERB_TAGS, sets: ['Noun', 'Singular'] };
const PLURAL_NOUN: Reading = { drops: VERB_TAGS, sets: ['Noun', 'Plural'] };
const PROPER_NOUN: Reading = { drops: VERB_TAGS, sets: ['Noun', 'Singular', 'ProperNoun'] };

/** compromise's word list: each word it knows, with the tag it gives it. */
type Lexicon = Readonly<Record<string, string | undefined>>;

/** A capitalized word: a name's shape ("Harrowgate", "ORVALE"). */
const CAPITALIZED = /^\p{Lu}/u;

/** The term's tags with a reading applied: tags of other plugins (entity words, attendees) are kept. */
function applied(tags: ReadonlySet<string>, reading: Reading): Set<string> {
  const result = new Set([...tags].filter((tag) => !reading.drops.includes(tag)));
  for (const tag of reading.sets) result.add(tag);
  return result;
}

/** Where a term stands: the term before it, and whether each one's apostrophe marks a possessive. */
export interface TermContext {
  readonly before: TaggedTerm | undefined;
  /** The term before ends a plural possessive ("kids'"), not a quotation in single quotes. */
  readonly afterPluralPossessive: boolean;
  /** The term itself ends a plural possessive. */
  readonly endsPluralPossessive: boolean;
  /** The term after it, as compromise tagged it. */
  readonly after?: TaggedTerm | undefined;
  /** compromise tagged the term a verb by its ending alone: the word is in none of its word lists. */
  readonly guessedVerb?: boolean;
}

/**
 * The tags a term should have where compromise's tagger misreads it, else null:
 * - a lower-case "drew" is the past of "draw", never the given name or a present form;
 * - a word in "s" with an apostrophe after it is a plural possessive noun, never a verb ("the kids'");
 * - the word after a plural possessive is the noun it qualifies, never a verb ("the kids' race");
 * - a present form in "s" right after such a "drew" is its object ("drew crowds"): compromise's
 *   misreading of "drew" spreads to the next word;
 * - a capitalized bare or present form right before a past verb is the name of that verb's subject
 *   ("Harrowgate opened a hub": compromise reads names in "-ate" or "-ise" as verbs), since no verb
 *   group opens with a main verb followed by a past one.
 * The tense of a verb decides which way a weekday points ("the expo drew 900 visitors on Saturday").
 *
 * @example
 * const alone = { before: undefined, afterPluralPossessive: false, endsPluralPossessive: false };
 * correctedTags({ text: 'drew', pre: '', post: ' ', tags: new Set(['FirstName']) }, alone) // Set { 'Verb', 'PastTense' } (the name tags dropped)
 * correctedTags({ text: 'Drew', pre: '', post: ' ', tags: new Set(['FirstName']) }, alone) // null
 */
export function correctedTags(term: TaggedTerm, context: TermContext): Set<string> | null {
  const reading = correctedReading(term, context);
  return reading === null ? null : applied(term.tags, reading);
}

function correctedReading(term: TaggedTerm, context: TermContext): Reading | null {
  if (PAST_FORMS_READ_AS_NAMES.has(term.text)) return PAST_VERB;
  if (!term.tags.has('Verb')) return null;
  if (context.endsPluralPossessive) return PLURAL_POSSESSIVE;
  if (context.afterPluralPossessive) return SINGULAR_NOUN;
  const before = context.before;
  // compromise reads the word after a misread "drew" as a verb too; elsewhere a noun in -s after a
  // past verb may be a clause's subject that it tags as its verb ("said exports rose"): left alone.
  if (
    before !== undefined &&
    PAST_FORMS_READ_AS_NAMES.has(before.text) &&
    term.tags.has('PresentTense') &&
    term.text.endsWith('s') &&
    SPACE_ONLY.test(before.post)
  )
    return PLURAL_NOUN;
  if (isNameBeforePastVerb(term, context.after)) return PROPER_NOUN;
  if (context.guessedVerb === true && isGuessedVerbBeforeName(term, context.after)) return PROPER_NOUN;
  return null;
}

/**
 * "Northgate Bank reported …": a capitalized word compromise takes for a verb only by its ending (it is
 * in no word list) right before a capitalized word is the first word of a name.
 */
function isGuessedVerbBeforeName(term: TaggedTerm, after: TaggedTerm | undefined): boolean {
  return (
    after !== undefined &&
    CAPITALIZED.test(term.text) &&
    CAPITALIZED.test(after.text) &&
    !after.tags.has('Verb') &&
    SPACE_ONLY.test(term.post)
  );
}

function isNameBeforePastVerb(term: TaggedTerm, after: TaggedTerm | undefined): boolean {
  return (
    after !== undefined &&
    CAPITALIZED.test(term.text) &&
    (term.tags.has('Infinitive') || term.tags.has('PresentTense')) &&
    !term.tags.has('Copula') &&
    !term.tags.has('Auxiliary') &&
    !term.tags.has('Modal') &&
    after.tags.has('PastTense') &&
    !after.tags.has('Participle') &&
    SPACE_ONLY.test(term.post)
  );
}

/** Runs after compromise's own tagging, as the last step of every parse. */
export const tagCorrections: Plugin = {
  compute: {
    tagCorrections: (view: { docs: TaggedTerm[][]; world: { model: { one: { lexicon: Lexicon } } } }) => {
      const lexicon = view.world.model.one.lexicon;
      for (const terms of view.docs) {
        let before: TaggedTerm | undefined;
        let afterPluralPossessive = false;
        // Inside 'single quotes', an apostrophe after a word closes them ('more buses' said the mayor).
        let insideSingleQuotes = false;
        for (const [index, term] of terms.entries()) {
          if (SINGLE_QUOTE_BEFORE.test(term.pre)) insideSingleQuotes = true;
          const apostropheAfter = APOSTROPHE_AFTER.test(term.post);
          const endsPluralPossessive = apostropheAfter && !insideSingleQuotes && term.text.endsWith('s');
          const after = terms[index + 1];
          const guessedVerb = term.tags.has('Verb') && lexicon[term.text.toLowerCase()] === undefined;
          const tags = correctedTags(term, {
            before,
            afterPluralPossessive,
            endsPluralPossessive,
            after,
            guessedVerb,
          });
          if (tags !== null) term.tags = tags;
          if (apostropheAfter) insideSingleQuotes = false;
          afterPluralPossessive = endsPluralPossessive;
          before = term;
        }
      }
    },
  },
  hooks: ['tagCorrections'],
};
