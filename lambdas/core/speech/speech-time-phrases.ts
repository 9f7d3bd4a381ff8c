import { isCapitalized, type Token } from './speech-tokens.ts';

const WEEKDAYS_AND_MONTHS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const TIME_WORDS = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'earlier',
  'recently',
  'last',
  'this',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

/**
 * The index after a short time phrase starting at `from` ("on Monday", "last week", "Tuesday"), or
 * `from`: a time phrase may stand between a speech verb and what was said ("said on Monday that").
 *
 * @example
 * skipTimePhrase(tokenize('said on Monday that it works'), 1) // 3, the index of 'that'
 */
export function skipTimePhrase(tokens: readonly Token[], from: number): number {
  let i = from;
  const isDay = (token: Token | undefined) =>
    token !== undefined && WEEKDAYS_AND_MONTHS.has(token.lower) && isCapitalized(token.text);
  if (tokens[i]?.lower === 'on' && isDay(tokens[i + 1])) i++;
  let skipped = 0;
  while (skipped < 3) {
    const token = tokens[i];
    if (token === undefined) break;
    const timeWord = (TIME_WORDS.has(token.lower) && token.text === token.lower) || isDay(token);
    const dayNumber = /^\d{1,2}$/u.test(token.text) && isDay(tokens[i - 1]);
    if (!timeWord && !dayNumber) break;
    i++;
    skipped++;
  }
  // A lone "this"/"last" starts a noun phrase ("said this plan ..."), not a time phrase.
  return skipped > 0 && !['this', 'last'].includes(tokens[i - 1]?.lower ?? '') ? i : from;
}
