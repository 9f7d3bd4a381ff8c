import { type EntityContext, rangeTerms, type TermRange, termBefore } from '../entities/entity-context.ts';

/**
 * Words of the fields an office covers ("Minister of Culture", "Secretary for Environmental
 * Coordination", "Commissioner for Trade and Industry"): the closed vocabulary of government portfolios
 * and departments, not the words of anyone's name.
 */
const PORTFOLIO_WORDS = new Set([
  'Affairs',
  'Agriculture',
  'Arts',
  'Aviation',
  'Budget',
  'Change',
  'Climate',
  'Commerce',
  'Communication',
  'Communications',
  'Cooperation',
  'Coordination',
  'Culture',
  'Customs',
  'Defence',
  'Defense',
  'Development',
  'Digital',
  'Domestic',
  'Economic',
  'Economy',
  'Education',
  'Employment',
  'Energy',
  'Enterprise',
  'Environment',
  'Environmental',
  'Equality',
  'Family',
  'Finance',
  'Fisheries',
  'Food',
  'Foreign',
  'Forestry',
  'Forests',
  'Gender',
  'Governance',
  'Health',
  'Heritage',
  'Higher',
  'Home',
  'Housing',
  'Immigration',
  'Industry',
  'Information',
  'Infrastructure',
  'Innovation',
  'Integration',
  'Interior',
  'Internal',
  'International',
  'Investment',
  'Irrigation',
  'Justice',
  'Labor',
  'Labour',
  'Land',
  'Lands',
  'Livestock',
  'Maritime',
  'Media',
  'Migration',
  'Mines',
  'Mining',
  'Planning',
  'Petroleum',
  'Power',
  'Electricity',
  'Telecommunications',
  'Ports',
  'Public',
  'Railways',
  'Reform',
  'Regional',
  'Relations',
  'Religious',
  'Research',
  'Resources',
  'Revenue',
  'Roads',
  'Rural',
  'Science',
  'Security',
  'Services',
  'Social',
  'Sport',
  'Sports',
  'Technology',
  'Tourism',
  'Trade',
  'Training',
  'Transport',
  'Treasury',
  'Urban',
  'Vocational',
  'Water',
  'Welfare',
  'Women',
  'Works',
  'Youth',
]);

/**
 * How many words from `from` on name the field of an office ("Culture" in "Minister of Culture Ana
 * Ruiz Vidal", "Environmental Coordination" after "and"), 0 when the first is not such a word.
 *
 * @example
 * portfolioLength(['Foreign', 'Affairs', 'Ana', 'Ruiz'], 0) // 2
 */
export function portfolioLength(words: readonly string[], from: number): number {
  let at = from;
  while (at < words.length && isPortfolioWord(words[at] as string)) at++;
  return at - from;
}

/**
 * Endings of abstract nouns ("Biosecurity", "Exploitation", "Procurement", "Logistics", "Tourism",
 * "Aquaculture"),
 * which name fields of offices and no one's name; "-ence" and "-ance" are left out ("Florence",
 * "Constance").
 */
const ABSTRACT_NOUN_ENDING = /\p{Ll}{2}(?:tion|sion|ity|ment|ness|ship|ism|ics|ogy|ture)$/u;

/**
 * Whether the word names the field of an office, from the closed list ("Industry", "Mines") or as an
 * abstract noun by its ending ("Biosecurity"), never a name of its own.
 *
 * @example
 * isPortfolioWord('Industry') // true; isPortfolioWord('Ibarra') // false
 */
export function isPortfolioWord(word: string): boolean {
  return PORTFOLIO_WORDS.has(word) || ABSTRACT_NOUN_ENDING.test(word);
}

/**
 * "…, Fisheries and Biosecurity Tomas Kalsakau": a run cut at the "and" of an office's list of fields
 * opens with the last fields, then the holder's name. Returns the name without those fields, or the
 * range itself. Only after "and" joining two fields, so a given name shaped like a field ("Trinity
 * Jones") is left alone.
 *
 * @example
 * withoutLeadingFields(context, rangeOf('Biosecurity Tomas Kalsakau')) // 'Tomas Kalsakau'
 */
export function withoutLeadingFields(context: EntityContext, range: TermRange): TermRange {
  const joined = termBefore(context, range);
  const field = termBefore(context, range, 2);
  if ((joined?.text !== 'and' && joined?.text !== '&') || !field || !isPortfolioWord(field.text))
    return range;
  const words = rangeTerms(context, range).map((term) => term.text);
  const fields = portfolioLength(words, 0);
  return fields > 0 && words.length - fields >= 2 ? { from: range.from + fields, to: range.to } : range;
}
