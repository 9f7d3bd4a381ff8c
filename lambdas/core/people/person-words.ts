import type { EntityTerm } from '../nlp/entity-terms.ts';

/** Verbs of speech that put a name next to them as the speaker ("said Jane Doe", "Jane Doe noted"). */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'noted',
  'notes',
  'stated',
  'states',
  'added',
  'adds',
  'emphasized',
  'emphasised',
  'stressed',
  'highlighted',
  'remarked',
  'observed',
  'explained',
  'urged',
  'announced',
  'told',
  'believes',
  'expressed',
  'called',
  'pledged',
  'thanked',
  'welcomed',
  'commented',
  'recalled',
]);

/** Words that join a title to what it is a title of ("Minister for Law", "Head of Funding"). */
export const TITLE_CONNECTORS = new Set(['of', 'for', 'and', 'on', '&', 'at']);

/** Words that end nouns for people ("valedictorian", "team-mate"), not personal names. */
export const ROLE_NOUN_ENDING = /(?:ian|or|er|ist|ant|ent|ee|mate|ite)$/;

/**
 * Whether the term is part of a title: a title word, or an honorific compromise knows.
 *
 * @example
 * isTitleWord(termOf('Minister')) // true
 */
export function isTitleWord(term: EntityTerm): boolean {
  return term.tags.has('EntTitle') || term.tags.has('Honorific');
}

/** Nouns for people that the endings of ROLE_NOUN_ENDING miss ("compatriot", "shipwright"). */
const PERSON_NOUNS = new Set([
  'compatriot',
  'countryman',
  'countrywoman',
  'shipwright',
  'playwright',
  'colleague',
  'rival',
  'athlete',
  'veteran',
  'pilot',
  'chef',
  'coach',
  'poet',
  'nurse',
  'midwife',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'champion',
  'captain',
  'artisan',
  'craftsman',
  'fisherman',
  'businessman',
  'businesswoman',
  'student',
  'graduate',
  'teammate',
  'virtuoso',
  'soloist',
  'soprano',
  'mezzo-soprano',
  'contralto',
  'baritone',
  'laureate',
  'maestro',
]);

/**
 * Whether the lower-case word is a noun for a person by its ending ("conductor", "pianist") or as one of
 * the nouns the endings miss ("soprano", "compatriot").
 *
 * @example
 * isPersonNoun('soprano') // true; isPersonNoun('festival') // false
 */
export function isPersonNoun(word: string): boolean {
  return ROLE_NOUN_ENDING.test(word) || PERSON_NOUNS.has(word);
}
