import type { Plugin } from '../compromise-types.ts';
import { EVENT_WORDS } from './vocabulary/event-words.ts';
import {
  CASED_ORGANIZATION_SUFFIXES,
  ORGANIZATION_HEADS_WRITTEN_FIRST,
  ORGANIZATION_NOUNS,
  ORGANIZATION_SUFFIXES,
} from './vocabulary/organization-words.ts';
import { PLACE_HEADS, PLACE_OPENERS, PLACE_SUFFIXES } from './vocabulary/place-words.ts';
import { ROLE_WORDS, TITLE_WORDS } from './vocabulary/title-words.ts';

/**
 * Vocabulary of the entity extractor, as tags compromise adds after its own tagging.
 *
 * The tags are added by a compute hook rather than through the lexicon on purpose: a lexicon entry would
 * replace compromise's own tags for the word ("president" would stop being an Honorific, "fund" a Verb)
 * and change what the other extractors see. Added this way they are plain labels with no parent tag.
 * Every list names a class of words (heads of organization names, titles, ...), never an entity.
 */
export const ENTITY_VOCABULARY = {
  /** Head nouns that end (or, with "of", head) the name of an organization. */
  EntOrgSuffix: ORGANIZATION_SUFFIXES,
  /** Heads that other languages write first ("Instituto Federal de X", "Banco Y"), kept as written. */
  EntOrgHeadFirst: ['tv', ...ORGANIZATION_HEADS_WRITTEN_FIRST],
  /** Head nouns of place names ("Nakasero Market Square", "Tamsui district"). */
  EntPlaceSuffix: PLACE_SUFFIXES,
  /** Feature words written before a place's own name ("Mount Elgon", "Lake Tana"). */
  EntPlaceOpener: PLACE_OPENERS,
  /** Heads of place names that take "of" ("Republic of Korea"). */
  EntPlaceHead: PLACE_HEADS,
  /** Heads of names of events, documents and programs, which are not organizations. */
  EntEventWord: EVENT_WORDS,
  /** Words of titles and honorifics that come before a name ("Deputy Prime Minister", "H.E."). */
  EntTitle: TITLE_WORDS,
  /** Occupations written in lower case before a name ("writer Xavier Lemaire"). */
  EntRole: ROLE_WORDS,
  /** Nouns that, in an appositive or before a list, say that a name is an organization. */
  EntOrgNoun: ORGANIZATION_NOUNS,
} as const satisfies Record<string, readonly string[]>;

export type EntityVocabularyTag = keyof typeof ENTITY_VOCABULARY;

const WORD_TAGS: ReadonlyMap<string, readonly EntityVocabularyTag[]> = indexVocabulary();

function indexVocabulary(): Map<string, EntityVocabularyTag[]> {
  const index = new Map<string, EntityVocabularyTag[]>();
  for (const [tag, words] of Object.entries(ENTITY_VOCABULARY) as [
    EntityVocabularyTag,
    readonly string[],
  ][]) {
    for (const word of words) {
      const tags = index.get(word) ?? [];
      if (!tags.includes(tag)) tags.push(tag);
      index.set(word, tags);
    }
  }
  return index;
}

/** The legal forms among the heads, by their lower-case key, with the ways registers write them. */
const CASED_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  CASED_ORGANIZATION_SUFFIXES.map((form) => [form.toLowerCase(), [form, form.toUpperCase()]]),
);

/**
 * Whether the word, as written, may carry the tag: a legal form heads a name only in its register's
 * case ("Acme SA", "ACME SA"), not as a word of a name ("Tiên Sa"). The parse tags every case alike
 * (the town list is selected with it); a name read word by word asks this.
 */
function takesTag(written: string, key: string, tag: EntityVocabularyTag): boolean {
  const cased = tag === 'EntOrgSuffix' ? CASED_FORMS.get(key) : undefined;
  return cased === undefined || cased.includes(written.replace(/[’']s$/, '').replace(/\.$/, ''));
}

/** The slice of compromise's term object the hook reads and writes. */
interface HookTerm {
  readonly text: string;
  readonly normal?: string;
  readonly tags: Set<string>;
}

interface HookView {
  readonly docs: readonly (readonly HookTerm[])[];
}

/**
 * The vocabulary tags of a word, for words compromise splits ("start-up" is two of its terms).
 *
 * @example
 * vocabularyTagsOf('start-up') // ['EntOrgNoun']
 */
export function vocabularyTagsOf(word: string): readonly EntityVocabularyTag[] {
  const key = word.toLowerCase();
  return (WORD_TAGS.get(key) ?? []).filter((tag) => takesTag(word, key, tag));
}

/** Adds the vocabulary tags to every term of a parsed document (runs once per parse). */
function tagEntityWords(view: HookView): void {
  for (const terms of view.docs) {
    for (const term of terms) {
      for (const form of [term.text, term.normal ?? term.text]) {
        const key = form.toLowerCase().replace(/[’']s$/, '');
        const tags = WORD_TAGS.get(key) ?? WORD_TAGS.get(key.replace(/\.$/, ''));
        if (tags) for (const tag of tags) term.tags.add(tag);
      }
    }
  }
}

/** Vocabulary and tags for the entity extractor. */
export const entityWords: Plugin = {
  tags: Object.fromEntries(Object.keys(ENTITY_VOCABULARY).map((tag) => [tag, {}])),
  compute: { entityWords: tagEntityWords },
  hooks: ['entityWords'],
};
