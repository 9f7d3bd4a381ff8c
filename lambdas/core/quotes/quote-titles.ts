import { isCapitalized, tokenize } from '../speech/speech-tokens.ts';

/** Words that introduce a name even across "was," ("the theme was, "..."", "a forum themed "...""). */
const NAMING_WORDS = new Set([
  'titled',
  'entitled',
  'themed',
  'theme',
  'named',
  'dubbed',
  'called',
  'slogan',
  'motto',
]);

/**
 * Verbs that give a name to the thing they take as object ("calling the new hall "..."", "named the
 * boat "...""): the quote after that object is the name.
 */
const NAMING_VERBS = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'name',
  'names',
  'named',
  'naming',
  'dub',
  'dubbed',
  'dubbing',
  'nicknamed',
  'renamed',
  'christened',
]);

/** How many words the object of a naming verb may take before the name ("the new space"). */
const NAMED_OBJECT_REACH = 4;

/** Kinds of named things; they cue a title only right before the mark ("the book "..."", not "the forum, "..."). */
const NAMED_KINDS = new Set([
  'book',
  'novel',
  'film',
  'movie',
  'documentary',
  'song',
  'album',
  'program',
  'programme',
  'series',
  'show',
  'exhibition',
  'campaign',
  'initiative',
  'project',
  'report',
  'award',
  'festival',
  'forum',
  'conference',
  'summit',
  'event',
  'session',
  'hashtag',
  'brand',
  'label',
  'term',
  'word',
  'phrase',
  'name',
  'title',
  'tagline',
  'nickname',
]);

/** Words skipped when looking for the cue right before a quote ("the theme was, "...""). */
const CUE_FILLERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'of', 'is', 'was', 'as']);

/** Small words a title leaves in lower case ("Research and Excellence for the ..."). */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'and',
  'or',
  'nor',
  'in',
  'on',
  'to',
  'with',
  'by',
  'at',
  'from',
  'via',
  'vs',
  'as',
  'into',
  'per',
]);

/**
 * True when quotation marks hold the name of something (a work, an event theme, a slogan) rather than
 * speech: the words right before the opening mark name it ("titled", "themed", "the book", "the
 * theme was,"), or the span is in title case (every word capitalized but the small ones), or it is a
 * single capitalized term, or a short capitalized name a naming verb gives its object ("calling the
 * room "Ilsa's kitchen"").
 *
 * @example
 * looksLikeTitle('Wisdom and Transcendence in the AI Era', 'two forums themed ') // true
 * looksLikeTitle('We will keep building', 'She said: ') // false
 */
export function looksLikeTitle(quoted: string, before: string): boolean {
  return followsNamingCue(before) || isTitleCase(quoted) || (isShortName(quoted) && namesItsObject(before));
}

/** How many words a name given by a naming verb may have ("Ilsa's kitchen", "the Iron Lady"). */
const GIVEN_NAME_REACH = 6;

/** Capitalized and short, as names are; a sentence of speech runs longer. */
function isShortName(quoted: string): boolean {
  return isCapitalized(quoted) && tokenize(quoted).length <= GIVEN_NAME_REACH;
}

/** True when a naming cue stands right before the quote, skipping articles and "was". */
export function followsNamingCue(before: string): boolean {
  const tail = before.slice(-80);
  if (/[:;]\s*$/u.test(tail)) return false;
  const words = tokenize(tail);
  const last = words[words.length - 1];
  if (last !== undefined && NAMED_KINDS.has(last.lower) && /^\s*$/u.test(tail.slice(last.end))) return true;
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const word = words[i]?.lower ?? '';
    if (NAMING_WORDS.has(word)) return true;
    if (!CUE_FILLERS.has(word)) return false;
  }
  return false;
}

/**
 * "calling the new space "..."": a naming verb, then its object in lower-case words with nothing
 * between them, right before the mark. "called on the council "..."", "called for" ask, they name nothing.
 * Only a name written with a capital is one: "called the plan "a lifeline"" reports a judgement.
 */
function namesItsObject(before: string): boolean {
  const tail = before.slice(-80);
  const words = tokenize(tail);
  for (let i = words.length - 2; i >= 0 && i >= words.length - 1 - NAMED_OBJECT_REACH; i--) {
    const word = words[i];
    const object = words[i + 1];
    if (!word || !object || !/^\p{Ll}/u.test(object.text)) return false;
    if (NAMING_VERBS.has(word.lower))
      return (
        !['on', 'for', 'upon', 'in', 'out'].includes(object.lower) && !/[,;:.!?]/u.test(tail.slice(word.end))
      );
    if (!/^\p{Ll}/u.test(word.text)) return false;
  }
  return false;
}

/** Every word capitalized except the small ones, and at most twelve words (titles are short). */
function isTitleCase(quoted: string): boolean {
  const words = tokenize(quoted).filter((word) => /\p{L}/u.test(word.text));
  if (words.length === 0 || words.length > 12) return false;
  const content = words.filter((word, index) => index === 0 || !TITLE_SMALL_WORDS.has(word.lower));
  return content.every((word) => isCapitalized(word.text) || /^\p{N}/u.test(word.text));
}
