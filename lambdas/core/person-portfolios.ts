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
  while (at < words.length && PORTFOLIO_WORDS.has(words[at] as string)) at++;
  return at - from;
}

/**
 * Whether the word names the field of an office ("Industry", "Mines"), never a name of its own.
 *
 * @example
 * isPortfolioWord('Industry') // true; isPortfolioWord('Ibarra') // false
 */
export function isPortfolioWord(word: string): boolean {
  return PORTFOLIO_WORDS.has(word);
}
