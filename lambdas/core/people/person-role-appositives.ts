import { type EntityContext, type TermRange, termAfter } from '../entities/entity-context.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isPersonNoun } from './person-words.ts';

/** How many words an indefinite description may take before its head noun ("a second-year master's student"). */
const DESCRIPTION_REACH = 5;

/** Words that close a description's head noun ("a farmer and guide", "a student at", "a nurse who"). */
const AFTER_HEAD = new Set(['who', 'and', 'of', 'at', 'from', 'in', 'with', 'for', 'on', 'based']);

/**
 * "Okabe Ren, a second-year student, said", "Ilsa Marvold, an engineer at the yard,", "Ilsa Marvold,
 * Kessel's programme specialist,": a name set in apposition to an indefinite description, or one owned by
 * an organization, whose head is a noun for a person. A name of one word is
 * left out: "Kessel, a farmer" may as well be a place's farmer.
 *
 * @example
 * isDescribedAsPerson(context, rangeOf('Ilsa Marvold')) // true in 'Ilsa Marvold, a retired nurse, said ...'
 */
export function isDescribedAsPerson(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const article = termAfter(context, range);
  const oneWord = range.to === range.from && !(last !== undefined && isDoubleSurname(last));
  if (oneWord || last?.post.trim() !== ',' || !article) return false;
  // "Ilsa Marvold, Kessel's harbour engineer,": the possessive of whom the person works for opens it too.
  const owner = article.possessive && /^\p{Lu}/u.test(article.text);
  if (!(['a', 'an'].includes(article.text) || owner) || article.post !== ' ') return false;
  for (let at = article.index + 1; at <= article.index + DESCRIPTION_REACH; at++) {
    const word = context.terms[at];
    if (!word || !/^\p{Ll}/u.test(word.text) || word.sentence !== article.sentence) return false;
    const next = context.terms[at + 1];
    const closed = word.post.trim() !== '' || next === undefined || AFTER_HEAD.has(next.text);
    if (closed) return isPersonHead(word);
  }
  return false;
}

/**
 * "Kora-Marsh, a nurse at ...": a double surname, two capitalized names joined by a hyphen, which no
 * place the gazetteer knows spells; a person's however short it is.
 *
 * @example
 * isDoubleSurname(termOf('Kora-Marsh')) // true; isDoubleSurname(termOf('Guinea-Bissau')) // false
 */
export function isDoubleSurname(word: EntityTerm): boolean {
  const [first] = word.bare.split('-');
  return (
    /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word.bare) &&
    !word.tags.has('Place') &&
    !ARTICLE_PREFIXES.has(first ?? '')
  );
}

/** Arabic articles and "son of" words hyphenated to a name ("Al-Shamali", "Abu-Nasr"): no double surname. */
const ARTICLE_PREFIXES = new Set([
  'Al',
  'El',
  'Ad',
  'Ar',
  'As',
  'Ash',
  'At',
  'Az',
  'An',
  'Abu',
  'Bin',
  'Ibn',
  'Ben',
  'Bou',
]);

/** A noun for a person ("engineer", "nurse", "researcher"), not one for a firm ("supplier", "operator"). */
function isPersonHead(word: EntityTerm): boolean {
  if (!word.tags.has('Noun') || word.tags.has('Plural')) return false;
  if (['EntOrgNoun', 'EntOrgSuffix', 'EntEventWord'].some((tag) => word.tags.has(tag))) return false;
  const noun = word.text.replace(/['’]s$/u, '');
  return (
    word.tags.has('Actor') || word.tags.has('EntRole') || word.tags.has('EntTitle') || isPersonNoun(noun)
  );
}
