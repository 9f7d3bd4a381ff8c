import { tokenize } from '../speech/speech-tokens.ts';

/** Nouns for written, filmed or recorded works, whose maker "by" names. */
const WORK_NOUNS = new Set([
  'book',
  'novel',
  'memoir',
  'biography',
  'study',
  'album',
  'film',
  'documentary',
  'play',
  'collection',
  'anthology',
  'essay',
  'poems',
  'monograph',
  'volume',
]);

/** "by", then up to three words that describe the maker ("by the Chilean historian"), up to the name. */
const BY_BEFORE_NAME = /\bby\s+(?:\S+\s+){0,3}$/u;
/** A closing quotation mark: the title of a work ends right before "by". */
const AFTER_TITLE = /[”"»’]\s*$/u;

/**
 * "presented the book "Salt Roads" by the historian Jo Doe": the words that describe a person named
 * after "by" as the maker of a work (a work noun, or a title in quotation marks, before "by"), so that
 * "the author" finds that person; '' when the name is not introduced so.
 *
 * @example
 * authorshipBefore('the book "Salt Roads" by the historian Jo Doe', 0, 38) // 'author'
 * authorshipBefore('the bridge was opened by the mayor Jo Doe', 0, 35) // ''
 */
export function authorshipBefore(text: string, from: number, to: number): string {
  const before = text.slice(from, to);
  const by = BY_BEFORE_NAME.exec(before);
  if (by === null) return '';
  const work = before.slice(0, by.index);
  if (AFTER_TITLE.test(work)) return 'author';
  return tokenize(work)
    .slice(-4)
    .some((word) => WORK_NOUNS.has(word.lower))
    ? 'author'
    : '';
}
