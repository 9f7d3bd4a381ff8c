import { type EntityContext, rangeTerms, type TermRange, termAfter, termBefore } from './entity-context.ts';

/** Heads of the formal names of local governments ("City of Tarnow", "Municipality of Kelvadi"). */
const LOCAL_GOVERNMENT_HEADS = new Set([
  'City',
  'Municipality',
  'County',
  'Town',
  'Borough',
  'Township',
  'Village',
  'Shire',
]);

/** Verbs that describe where a place is or what it is like, not what a government does. */
const PLACE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'lies',
  'lay',
  'sits',
  'borders',
  'stretches',
  'covers',
  'boasts',
]);

/**
 * "The City of Tarnow will fund", "the County of Ashcombe said", "The City of Tarnow and its water
 * company signed": the formal name of a local government that acts (is the subject of a verb, or owns
 * an organization) names the government, an organization. After a preposition ("came to the City of
 * Tarnow", "residents of the City of Tarnow") or before a verb of being, it names the place.
 *
 * @example
 * isActingLocalGovernment(context, rangeOf('County of Ashcombe')) // true in 'The County of Ashcombe said'
 */
export function isActingLocalGovernment(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  if (terms.length < 3 || !LOCAL_GOVERNMENT_HEADS.has(terms[0]?.text ?? '') || terms[1]?.text !== 'of') {
    return false;
  }
  let distance = 1;
  if (termBefore(context, range)?.text.toLowerCase() === 'the') distance++;
  const before = termBefore(context, range, distance);
  if (before && (before.tags.has('Preposition') || before.text.toLowerCase() === 'of')) return false;
  const last = terms[terms.length - 1];
  const after = termAfter(context, range);
  if (!after || last?.post.trim() !== '') return false;
  const verb = after.tags.has('Adverb') ? termAfter(context, range, 2) : after;
  if (verb?.tags.has('Verb') && !verb.tags.has('Gerund') && !PLACE_VERBS.has(verb.text.toLowerCase())) {
    return true;
  }
  return after.text === 'and' && ownsOrganization(context, range);
}

/** "X and its water company": "its" and an organization noun within the next words. */
function ownsOrganization(context: EntityContext, range: TermRange): boolean {
  if (termAfter(context, range, 2)?.text !== 'its') return false;
  for (let distance = 3; distance <= 6; distance++) {
    const term = termAfter(context, range, distance);
    if (!term || /[,;.]/.test(term.post)) return term?.tags.has('EntOrgNoun') === true;
    if (term.tags.has('EntOrgNoun')) return true;
  }
  return false;
}
