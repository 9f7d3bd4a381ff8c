import { type EntityContext, type TermRange, termAfter, termBefore } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isTitleWord, ROLE_NOUN_ENDING, SPEECH_VERBS, TITLE_CONNECTORS } from './person-words.ts';

/**
 * A title after the name, as an appositive: "Jane Doe, chief executive of X," gives "chief executive of X".
 *
 * @example
 * titleAfter(context, rangeOf('Jane Doe')) // 'chief executive of Acme' in 'Jane Doe, chief executive of Acme,'
 */
export function titleAfter(context: EntityContext, range: TermRange): string | null {
  const last = context.terms[range.to];
  const next = termAfter(context, range);
  // "Ana Ruiz, and the head of X, Jo Doe": after "and" the title is the next person's.
  if (!last || !next || last.post.trim() !== ',' || next.text === 'and') return null;
  // "Jane Doe and Jo Roe, both former engineers,": what a group shares is no one person's title.
  if (GROUP_QUANTIFIERS.has(next.text.toLowerCase())) return null;
  let cursor = range.to + 1;
  let owner: EntityTerm | undefined;
  if (['the', 'a', 'an'].includes(next.text.toLowerCase())) {
    cursor++;
    // "Jane Doe, the wind farm's community liaison manager,": whose title it is, then the title.
    const owned = ownerLength(context, cursor);
    if (owned > 0) {
      owner = context.terms[cursor];
      cursor += owned;
    }
  }
  // "Jane Doe, ACF's country director,": the organization's possessive before the title.
  else if (next.possessive && isCapitalized(next) && next.post.trim() === '') cursor++;
  const head = context.terms[cursor];
  if (!head || head.text === 'his' || head.text === 'her') return null;
  // "country director", "chief medical officer": a title word after up to two lower-case qualifiers;
  // "KOICA Country Director", "the Acme chief executive": after the name of whom the title serves.
  let titleAt = cursor;
  for (let term = context.terms[titleAt]; term !== undefined; term = context.terms[titleAt]) {
    if (titleAt >= cursor + 3 || isTitleWord(term) || !isTitleQualifier(term, titleAt - cursor)) break;
    if (term.post !== ' ') break;
    titleAt++;
  }
  const titleWord = context.terms[titleAt];
  if (!titleWord || !isTitleWord(titleWord) || titleWord.sentence !== head.sentence) return null;
  let end = cursor;
  for (;;) {
    const term = context.terms[end];
    const following = context.terms[end + 1];
    if (!term || !following || term.post.trim() !== '' || following.sentence !== term.sentence) break;
    end++;
  }
  const lastTerm = context.terms[end];
  if (!lastTerm) return null;
  const from = owner?.start ?? (context.terms[range.to + 1]?.possessive ? next.start : head.start);
  return context.text.slice(from, lastTerm.possessive ? lastTerm.end - 2 : lastTerm.end);
}

/** Words that open a description of several people at once. */
const GROUP_QUANTIFIERS = new Set(['both', 'all', 'each', 'either', 'neither']);

/** How many lower-case words an owner's possessive after "the" may hold ("the wind farm's"). */
const OWNER_REACH = 3;

/**
 * The length of a lower-case owner ending in a possessive at `from` ("wind farm's", "company's"), or 0
 * when the words there are no such owner or one of them is an office.
 */
function ownerLength(context: EntityContext, from: number): number {
  for (let length = 1; length <= OWNER_REACH; length++) {
    const term = context.terms[from + length - 1];
    // "the mayor's chief of staff": an owner that is an office is read as the title's first word.
    if (!term || !/^\p{Ll}/u.test(term.text) || isTitleWord(term)) return 0;
    if (!term.tags.has('Noun') && !term.tags.has('Adjective')) return 0;
    if (term.possessive) return term.post.trim() === '' ? length : 0;
    if (term.post !== ' ') return 0;
  }
  return 0;
}

/** A lower-case qualifier of a title (two at most), or a capitalized name of its organization. */
function isTitleQualifier(term: EntityTerm | undefined, offset: number): boolean {
  if (!term) return false;
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(term.text)) return offset < 2;
  return isCapitalized(term) && !term.possessive && !term.tags.has('Pronoun');
}

/**
 * "the Budget Convener, Jane Doe, said", "said the trust's chief executive, Jane Doe.": a title opened
 * by "the" (and an owner's possessive) or by "its"/"their", closed by a comma, then a name of two words or more closed by a
 * comma or the end of the sentence. Returns the title as written, without "the"; null when there is none.
 *
 * @example
 * titleInApposition(context, rangeOf('Jane Doe')) // "trust's chief executive"
 */
export function titleInApposition(context: EntityContext, range: TermRange): string | null {
  // "the director of the Kessel Fund (KF), Jane Doe,": the short form in brackets closes the title.
  const skip = isBracketedShortForm(context, range.from - 1) ? 1 : 0;
  const before = termBefore(context, range, 1 + skip);
  const last = context.terms[range.to];
  if (!before || !last || range.to === range.from) return null;
  if (skip === 0 && !closesWithComma(before)) return null;
  if (!/^[,.;]?$/.test(last.post.trim().replace(/["”’]$/, ''))) return null;
  let titled = isTitleWord(before) || isCapitalizedRole(before);
  // Back over the title's words (up to eleven) to the "the" that opens it ("the Deputy Minister of
  // Transport of the Republic of X").
  for (let distance = 2 + skip; distance <= 12 + skip; distance++) {
    const term = termBefore(context, range, distance);
    if (term?.post.trim() !== '') return null;
    // "a talk with its director, Jane Doe.": the determiner says whose office it is, wherever it stands.
    if (OWNER_DETERMINERS.has(term.text.toLowerCase())) {
      const role = titled || isRoleNoun(before);
      return role && distance > 1 ? titleText(context, range, distance, skip) : null;
    }
    if (term.text.toLowerCase() !== 'the') {
      titled ||= isTitleWord(term);
      continue;
    }
    const opener = termBefore(context, range, distance + 1);
    // "..., and the founder of X, Jane Doe,": an "and" after a comma (or the semicolon of a list of
    // titled names) joins clauses, not title words.
    const joinsClauses =
      opener?.text === 'and' && /[,;]$/.test(termBefore(context, range, distance + 2)?.post.trim() ?? '');
    if (opener && TITLE_CONNECTORS.has(opener.text) && opener.post.trim() === '' && !joinsClauses) continue;
    // "the Ambassador of Korvia to the Republic of Tarvel, Jane Doe,": an envoy's title names where it is held.
    if (opener?.text === 'to' && opener.post.trim() === '' && titleWordBefore(context, range, distance + 1))
      continue;
    // "signed by the chief executive of the company, Jane Doe,": a preposition or a verb before "the"
    // opens the title as a comma or a speech verb does.
    const opened =
      !opener ||
      /[,;:]["”’']?$/.test(opener.post.trim()) ||
      SPEECH_VERBS.has(opener.text.toLowerCase()) ||
      joinsClauses ||
      (opener.post.trim() === '' && (opener.tags.has('Preposition') || opener.tags.has('Verb')));
    return opened && titled ? titleText(context, range, distance, skip) : null;
  }
  return null;
}

/**
 * A comma after the word, maybe after the closing mark of a name written in quotation marks: "the
 * Chairman of "Velmor Trans", Jane Doe," closes its title as "the Chairman of Velmor Trans, Jane Doe," does.
 *
 * @example
 * closesWithComma({ post: '", ' }) // true
 */
export function closesWithComma(term: { readonly post: string }): boolean {
  return /^["”’»]?,$/u.test(term.post.trim());
}

/** How many words before an envoy's "to" its title word may stand ("Ambassador of the Kingdom of Korvia to"). */
const ENVOY_REACH = 6;

/** A capitalized title word among the few words before the one `distance` terms before the name. */
function titleWordBefore(context: EntityContext, range: TermRange, distance: number): boolean {
  for (let back = distance + 1; back <= distance + ENVOY_REACH; back++) {
    const term = termBefore(context, range, back);
    if (term?.post.trim() !== '') return false;
    if (isTitleWord(term) && isCapitalized(term)) return true;
  }
  return false;
}

function titleText(context: EntityContext, range: TermRange, distance: number, skip = 0): string {
  const first = context.terms[range.from - distance + 1];
  const last = context.terms[range.from - 1 - skip];
  if (!first || !last) return '';
  // "Chairman of "Velmor Trans"": the closing mark of a quoted name ends the title with it.
  const closing = /^["”’»]/u.test(last.post) ? 1 : 0;
  return context.text.slice(first.start, last.end + closing);
}

/** "(KF), ": an acronym in brackets, closed by a comma, at `at`. */
function isBracketedShortForm(context: EntityContext, at: number): boolean {
  const term = context.terms[at];
  const previous = context.terms[at - 1];
  if (!term || !previous) return false;
  const opening = context.text.slice(previous.end, term.start).trim();
  return /^\p{Lu}[\p{Lu}\d&-]+$/u.test(term.text) && opening === '(' && term.post.trim() === '),';
}

/** Determiners that name the owner of the office after them ("its director", "their curator"). */
const OWNER_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our']);

/**
 * "curator", "conductor": a noun for a person's occupation, as the vocabulary or compromise knows it;
 * not one that also names a company's part ("sponsor", "operator").
 */
function isRoleNoun(term: EntityTerm): boolean {
  if (!term.tags.has('Noun') || term.tags.has('Plural') || term.tags.has('EntOrgNoun')) return false;
  return term.tags.has('EntRole') || term.tags.has('Actor');
}

/** "Convener", "Registrar": a capitalized noun for a person's office that no list names. */
function isCapitalizedRole(term: EntityTerm): boolean {
  return isCapitalized(term) && term.tags.has('Noun') && ROLE_NOUN_ENDING.test(term.text.toLowerCase());
}
