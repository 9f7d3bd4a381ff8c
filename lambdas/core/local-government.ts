import { type EntityContext, rangeTerms, type TermRange, termAfter, termBefore } from './entity-context.ts';
import type { EntityTerm } from './nlp/entity-terms.ts';

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
  // "with the City of Tarnow's Water Department": whatever comes before, an owner of a named body.
  if (terms[terms.length - 1]?.possessive) return ownsNamedOrganization(context, range);
  let distance = 1;
  if (termBefore(context, range)?.text.toLowerCase() === 'the') distance++;
  const before = termBefore(context, range, distance);
  if (isAgentBefore(context, range, distance)) return true;
  if (before && (before.tags.has('Preposition') || before.text.toLowerCase() === 'of')) return false;
  const last = terms[terms.length - 1];
  const after = termAfter(context, range);
  if (!after || last?.post.trim() !== '') return false;
  return actsAsSubject(context, range) || (after.text === 'and' && ownsOrganization(context, range));
}

/** Nouns of help whose "of" names who gives it ("with the support of the City of Tarnow"). */
const HELP_NOUNS = new Set(['support', 'help', 'assistance', 'backing', 'sponsorship', 'funding']);

/**
 * "hosted by the City of Tarnow", "with the support of the Acme Trust and the City of Tarnow": after a
 * passive's "by" or a noun of help and "of", also across "and" and the name before it, the government
 * does something; a place does nothing.
 */
function isAgentBefore(context: EntityContext, range: TermRange, distance: number): boolean {
  const limit =
    termBefore(context, range, distance)?.text === 'and' ? distance + MAX_PARTNER_WORDS : distance;
  for (let at = distance; at <= limit; at++) {
    const before = termBefore(context, range, at);
    const previous = termBefore(context, range, at + 1);
    const word = before?.text.toLowerCase();
    if (word === 'by') return isPassive(previous);
    if (word === 'of' && HELP_NOUNS.has(previous?.text.toLowerCase() ?? '')) return true;
    // Back over "and" and the other name of the pair ("the Acme Trust and"), a few words at most.
    if (at > distance && !isNameWord(before)) return false;
  }
  return false;
}

/** Verbs of going, whose "by" is the way past a place ("passed by the City of Tarnow"). */
const PASSING_VERBS = new Set([
  'passed',
  'went',
  'drove',
  'walked',
  'stopped',
  'came',
  'sailed',
  'flew',
  'cycled',
]);

/** "organised by", "hosted by", "run by": a participle of doing, not of going past. */
function isPassive(verb: EntityTerm | undefined): boolean {
  if (!verb || PASSING_VERBS.has(verb.text.toLowerCase())) return false;
  return verb.tags.has('PastTense') || verb.tags.has('Participle');
}

/** How many words the other name of a pair may have ("the Acme Trust and the City of Tarnow"). */
const MAX_PARTNER_WORDS = 7;

function isNameWord(term: EntityTerm | undefined): boolean {
  return (
    term !== undefined && (/^\p{Lu}/u.test(term.text) || ['the', 'of', 'for', 'and'].includes(term.text))
  );
}

/** "X said", "X will fund", "X on Monday announced": the name is the subject of a verb of doing. */
function actsAsSubject(context: EntityContext, range: TermRange): boolean {
  const after = termAfter(context, range);
  const verb = after?.tags.has('Adverb') ? termAfter(context, range, 2) : after;
  return (
    verb?.tags.has('Verb') === true &&
    !verb.tags.has('Gerund') &&
    !PLACE_VERBS.has(verb.text.toLowerCase()) &&
    context.terms[range.to]?.post.trim() === ''
  );
}

/** "the City of Tarnow's Water Department": the possessive before a named organization of its own. */
function ownsNamedOrganization(context: EntityContext, range: TermRange): boolean {
  for (let distance = 1; distance <= 5; distance++) {
    const term = termAfter(context, range, distance);
    if (!term) return false;
    const capitalized = /^\p{Lu}/u.test(term.text);
    if (capitalized && term.tags.has('EntOrgSuffix') && !term.tags.has('EntPlaceSuffix')) return true;
    if (/[,;.]/.test(term.post) || (!capitalized && !['and', 'of', 'for', '&'].includes(term.text)))
      return false;
  }
  return false;
}

/** Heads of a town's seat of government, which is also a building ("Tarvel City Hall"). */
const SEAT_WORDS = new Set(['City', 'Town', 'Municipal', 'County']);

/** Verbs whose object is someone who helped ("thanked City Hall"): a body, not a building. */
const THANKING_VERBS = new Set(['thanked', 'thanks', 'praised', 'commended', 'credited']);

/**
 * "Tarvel City Hall said", "according to City Hall", "thanked Tarvel City Hall": the seat of a town's
 * government that speaks or acts is the government, an organization. "at City Hall", "outside Tarvel
 * City Hall", "City Hall was built" name the building.
 *
 * @example
 * isActingCityHall(context, rangeOf('City Hall')) // true in 'according to City Hall, hotels were full'
 */
export function isActingCityHall(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const hall = terms[terms.length - 1];
  if (terms.length < 2 || hall?.text !== 'Hall' || !SEAT_WORDS.has(terms[terms.length - 2]?.text ?? ''))
    return false;
  const before = termBefore(context, range);
  const source = before?.text === 'to' && termBefore(context, range, 2)?.text.toLowerCase() === 'according';
  return source || THANKING_VERBS.has(before?.text.toLowerCase() ?? '') || actsAsSubject(context, range);
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
