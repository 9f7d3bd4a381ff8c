import { isDivisionNoun } from '../locations/location-divisions.ts';
import { isLanguageLike } from '../locations/location-lists.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { looksLikeTitle } from '../quotes/quote-titles.ts';
import type { Candidate } from './entity-candidate.ts';
import type { EntityContext } from './entity-context.ts';
import { isAcronym } from './entity-word-shape.ts';

/**
 * The candidates that name an entity: what only looks like a name (an adjective of nationality, a plural
 * acronym, a word also written in lower case, a header line, a word in a quoted title) is dropped.
 *
 * @example
 * keepNamedEntities(context, candidates).map((c) => c.text) // 'Ugandan' of "Ugandan government" is gone
 */
export function keepNamedEntities(context: EntityContext, candidates: readonly Candidate[]): Candidate[] {
  const lookup = indexTerms(context);
  return candidates.filter((found) => namesEntity(context, lookup, found));
}

export const PLACE_WORD_TAGS = ['Place', 'Country', 'City', 'Region', 'EntLexPlace'];

/** Terms by the offset where they end, and the words compromise tags as demonyms anywhere in the text. */
interface TermIndex {
  readonly endingAt: ReadonlyMap<number, EntityTerm>;
  readonly demonyms: ReadonlySet<string>;
  /** Words written as a people's name before a noun for a person ("the Tembu novelist"). */
  readonly peoples: ReadonlySet<string>;
  /** Every whole word of letters and digits the text writes in lower case. */
  readonly lowerCaseWords: ReadonlySet<string>;
  /** The same, outside e-mail and web addresses. */
  readonly proseLowerCaseWords: ReadonlySet<string>;
}

function indexTerms(context: EntityContext): TermIndex {
  const endingAt = new Map<number, EntityTerm>();
  const demonyms = new Set<string>();
  const peoples = new Set<string>();
  for (const term of context.terms) {
    endingAt.set(term.end, term);
    if (term.possessive) endingAt.set(term.end - 2, term);
    if (term.tags.has('Demonym')) demonyms.add(term.bare);
    if (qualifiesPersonNoun(context, term)) peoples.add(term.text);
  }
  return {
    endingAt,
    demonyms,
    peoples,
    lowerCaseWords: lowerCaseWordsOf(context.text),
    proseLowerCaseWords: lowerCaseWordsOf(context.text.replace(ADDRESSES, ' ')),
  };
}

/** E-mail and web addresses ("press@kessu.example", "www.kessu.org"), which write every name in lower case. */
// An address opens at a word's start (the lookbehind), so a long run without "@" is read once, not
// once from every character of it.
const ADDRESSES = /(?<![^\s@])[^\s@]+@[^\s@]+|\bhttps?:\/\/\S+|\bwww\.\S+/gu;

/** The whole words (runs of letters and digits) written in lower case, read in one pass over the text. */
function lowerCaseWordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\d]+/gu)) if (word === word.toLowerCase()) words.add(word);
  return words;
}

/**
 * "the Tembu novelist", "a Tembu writer": a capitalized word between an article and a noun for a
 * person, which compromise does not know as a place, names a people (and its language), not a place.
 */
function qualifiesPersonNoun(context: EntityContext, term: EntityTerm): boolean {
  const article = context.terms[term.index - 1];
  const noun = context.terms[term.index + 1];
  if (!article || !noun || !['the', 'a', 'an'].includes(article.text.toLowerCase())) return false;
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(term.text) ||
    term.post !== ' ' ||
    PLACE_WORD_TAGS.some((t) => term.tags.has(t))
  )
    return false;
  return /^\p{Ll}/u.test(noun.text) && noun.tags.has('EntRole');
}

/**
 * Drops what only looks like a name: an adjective of nationality ("Ugandan government"), a plural
 * acronym ("MOUs"), an acronym the text defines as a common noun ("cardiopulmonary resuscitation (CPR)"),
 * a single capitalized word the text also writes in lower case ("the Government" / "the government"),
 * a place or a body named inside a work's quoted title ("the book “Weaving in Times of Change”").
 */
function namesEntity(context: EntityContext, lookup: TermIndex, found: Candidate): boolean {
  const term = lookup.endingAt.get(found.end);
  // compromise tags a demonym by context; once tagged anywhere, the word is an adjective everywhere.
  // "Laos", "the Philippines": a plural it reads as a people, listed with countries, is a country.
  const listedCountry = found.listed === true && term?.tags.has('Plural') === true;
  if (term && lookup.demonyms.has(term.bare) && !listedCountry) return false;
  if (/^\p{Lu}{2,}s$/u.test(found.text) || context.commonAcronyms.has(found.text.replace(/s$/, '')))
    return false;
  const single = !/\s/.test(found.text);
  if (single && term?.tags.has('EntLexAdjective')) return false;
  if (single && found.kind === 'location' && lookup.peoples.has(found.text)) return false;
  const after = term ? context.terms[term.index + 1] : undefined;
  // "Sichuan province", "Henan provinces": a name ending like a demonym before a division is its name.
  const nounAfter =
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    after.tags.has('Noun') &&
    !isDivisionNoun(after.text);
  if (single && /(?:an|ian|ese|ish)$/.test(found.text) && nounAfter) return false;
  // "in English", "in Portuguese": a language is no place.
  if (single && found.kind === 'location' && isLanguageLike(found.text)) {
    const afterIn = /\bin\s+$/.test(context.text.slice(Math.max(0, found.start - 4), found.start));
    if (/\p{Ll}(?:ish|ese)$/u.test(found.text) || afterIn) return false;
  }
  if (onHeaderLine(context.text, found)) return false;
  if (found.kind !== 'person' && insideQuotedTitle(context.text, found)) return false;
  if (!single || isAcronym(found.text)) return true;
  const word = found.text.toLowerCase();
  if (!occursInLowerCase(context.text, lookup.lowerCaseWords, word)) return true;
  // "press@orvelstad.example" beside "the City of Orvelstad": a council writes its town in lower case
  // in its address only. Asked last: it searches the whole text.
  return (
    isCouncilsTown(context.text, found) && !occursInLowerCase(context.text, lookup.proseLowerCaseWords, word)
  );
}

/**
 * "HEALTH ADVISORY", "CITY OF NORTHPORT": a line in capitals with no dateline punctuation is a header;
 * its words say nothing about what they name. Looks no further than 200 characters either way.
 */
function onHeaderLine(text: string, found: Candidate): boolean {
  if (found.text !== found.text.toUpperCase() || !/\p{Lu}{2}/u.test(found.text)) return false;
  const lineStart = text.lastIndexOf('\n', found.start - 1);
  const lineEnd = text.indexOf('\n', found.end);
  const from = lineStart < 0 ? 0 : lineStart + 1;
  const to = lineEnd < 0 ? text.length : lineEnd;
  if (found.start - from > 200 || to - found.end > 200) return false;
  const line = text.slice(from, to).trim();
  return line.includes(' ') && /^[\p{Lu}\d\s&'’.]+$/u.test(line);
}

const OPENING_QUOTES = '“"‘*_«';
const CLOSING_QUOTES = '”"’»';
/** The mark that closes a title opened by each mark; the others close with a double quote. */
const CLOSING_MARK: Readonly<Record<string, string>> = { '*': '*', _: '_', '«': '»' };

/**
 * "his novel “Rain over the Tembe”", "the show *Weavers of Tembe*": a name inside the quoted or
 * emphasized title of a work names nothing in the release. Looks no further than 120 characters either
 * way, within the line.
 */
function insideQuotedTitle(text: string, found: Candidate): boolean {
  let open = -1;
  for (let at = found.start - 1; at >= Math.max(0, found.start - 120); at--) {
    const char = text[at] ?? '';
    if (char === '\n' || (CLOSING_QUOTES.includes(char) && !OPENING_QUOTES.includes(char))) return false;
    if (OPENING_QUOTES.includes(char) && char !== '’') {
      open = at;
      break;
    }
  }
  if (open < 0) return false;
  const mark = text[open] ?? '';
  // "**Nairobi, 3 March**": a doubled mark is bold type, a header's, not a title.
  if ((mark === '*' || mark === '_') && (text[open - 1] === mark || text[open + 1] === mark)) return false;
  const closing = CLOSING_MARK[mark] ?? '”"';
  const tail = text.slice(found.end, found.end + 120);
  const closeAt = [...tail].findIndex((char) => closing.includes(char) || char === '\n');
  if (closeAt < 0 || tail[closeAt] === '\n') return false;
  const quoted = text.slice(open + 1, found.end + closeAt);
  // "in *Lisbon*": one emphasized word is stress, not a title.
  if ((mark === '*' || mark === '_') && !quoted.trim().includes(' ')) return false;
  // "*Press Office, Province of Kessu*" alone on its line: a sign-off or a caption, no work in a sentence.
  if ((mark === '*' || mark === '_') && fillsLine(text, open, found.end + closeAt + 1)) return false;
  return looksLikeTitle(quoted, text.slice(Math.max(0, open - 80), open));
}

/** Whether only blanks stand between the line's edges and the stretch from `start` to `end`. */
function fillsLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return text.slice(lineStart, start).trim() === '' && rest.trim() === '';
}

/**
 * "media@kessu.example" under a release of the City of Kessu: a council's address writes its town's name
 * in lower case, which says nothing against the town; an address written in another name is the sender's,
 * whose short name the word then is ("at Hillvale" of "media@hillvale.example" is the Hillvale Hospital).
 */
function isCouncilsTown(text: string, found: Candidate): boolean {
  if (found.kind !== 'location' || !/^\p{Lu}\p{Ll}+$/u.test(found.text)) return false;
  const name = found.text;
  return (
    text.includes(`City of ${name}`) ||
    text.includes(`Town of ${name}`) ||
    new RegExp(`\\b${name} (?:City|Town|Municipal|County|District) Council\\b`, 'u').test(text)
  );
}

/**
 * Whether the word is written somewhere in lower case, as a whole word. A word of letters and digits
 * is looked up in the index; only a word with other characters in it ("start-up") is searched for,
 * so that a long text with many names is not read once per name.
 */
function occursInLowerCase(text: string, lowerCaseWords: ReadonlySet<string>, word: string): boolean {
  if (word === '' || word !== word.toLowerCase() || word === word.toUpperCase()) return false;
  if (/^[\p{L}\d]+$/u.test(word)) return lowerCaseWords.has(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
  }
  return false;
}
