import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';

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

/**
 * Words that rank a local government before its head ("Provincial Municipality of X", "Greater X
 * Municipality", "Metropolitan Municipality of X"): its level or its extent, not a place's name.
 */
const LOCAL_GOVERNMENT_RANKS = new Set([
  'Provincial',
  'Metropolitan',
  'Regional',
  'District',
  'Departmental',
  'Cantonal',
  'Communal',
  'Rural',
  'Urban',
  'Greater',
]);

/**
 * "Provincial Municipality", "Metropolitan City": a local government's head with only ranks before it,
 * the part before "of" of one formal name ("Provincial Municipality of Kessora"), not a place of its own.
 *
 * @example
 * isRankedLocalGovernmentHead(['Provincial', 'Municipality']) // true
 * isRankedLocalGovernmentHead(['Orvo', 'Municipality']) // false
 */
export function isRankedLocalGovernmentHead(words: readonly string[]): boolean {
  const head = words[words.length - 1] ?? '';
  return (
    words.length >= 2 &&
    LOCAL_GOVERNMENT_HEADS.has(head) &&
    words.slice(0, -1).every((word) => LOCAL_GOVERNMENT_RANKS.has(word))
  );
}

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
 * company signed", "run by Kelvadi Municipality", "according to the Municipality of Kelvadi": the formal
 * name of a local government that acts (is the subject of a verb, the agent after "by", a partner after
 * "with", a source, a supporter, or owns an organization) names the government, an organization. After
 * another preposition ("came to the City of Tarnow", "in Kelvadi Municipality", "residents of the City of
 * Tarnow") or before a verb of being, it names the place.
 *
 * @example
 * isActingLocalGovernment(context, rangeOf('County of Ashcombe')) // true in 'The County of Ashcombe said'
 */
export function isActingLocalGovernment(context: EntityContext, range: TermRange): boolean {
  if (!isLocalGovernmentName(rangeTerms(context, range).map((term) => term.text))) return false;
  const terms = rangeTerms(context, range);
  // "with the City of Tarnow's Water Department": whatever comes before, an owner of a named body.
  if (terms[terms.length - 1]?.possessive) return ownsNamedOrganization(context, range);
  if (isAgentOrPartner(context, range)) return true;
  let distance = 1;
  if (termBefore(context, range)?.text.toLowerCase() === 'the') distance++;
  const before = termBefore(context, range, distance);
  if (before && (before.tags.has('Preposition') || before.text.toLowerCase() === 'of')) return false;
  const last = terms[terms.length - 1];
  const after = termAfter(context, range);
  if (!after || last?.post.trim() !== '') return false;
  return actsAsSubject(context, range) || (after.text === 'and' && ownsOrganization(context, range));
}

/**
 * "City of Tarnow", "Municipality of Kelvadi", "Kelvadi Municipality", "Provincial Municipality of Kelvadi":
 * a local government's formal name.
 */
function isLocalGovernmentName(words: readonly string[]): boolean {
  const of = words.indexOf('of');
  if (of > 1 && of < words.length - 1 && isRankedLocalGovernmentHead(words.slice(0, of))) return true;
  if (words.length >= 3 && LOCAL_GOVERNMENT_HEADS.has(words[0] ?? '') && words[1] === 'of') return true;
  return words.length >= 2 && words[words.length - 1] === 'Municipality' && !words.includes('of');
}

/** Words before "of" or "from" that make what follows a body that gives: "with the support of X". */
const SUPPORT_NOUNS = new Set(['support', 'help', 'funding', 'backing', 'assistance', 'sponsorship']);

/**
 * "organised by X", "in partnership with X", "according to X", "with the support of Y and X": the words
 * before the name (its article, and other names listed with it) end with the agent of a passive, a
 * partner, a source or a supporter.
 */
function isAgentOrPartner(context: EntityContext, range: TermRange): boolean {
  let index = range.from - 1;
  // Back over the list the name closes: "Acme Trust, Kessu Council and the".
  for (let steps = 0; steps < 12 && index >= 0; steps++, index--) {
    const term = context.terms[index];
    if (!term) return false;
    const word = term.text;
    const supported = SUPPORT_NOUNS.has(context.terms[index - 1]?.text.toLowerCase() ?? '');
    const listed = word === 'the' || word === 'and' || /^\p{Lu}/u.test(word) || (word === 'of' && !supported);
    if (!listed || /[.;:!?]/.test(term.post)) break;
  }
  const marker = context.terms[index]?.text.toLowerCase();
  const before = context.terms[index - 1]?.text.toLowerCase() ?? '';
  // "passed by the City of Tarnow": the way past a place, not the agent of a passive.
  if (marker === 'by') return !PASSING_VERBS.has(before);
  if (marker === 'with') return true;
  if (marker === 'to') return before === 'according';
  // "News from Kessu Municipality", "a statement from the County of Orvel": the sender of the words.
  if (marker === 'from' && SENDING_NOUNS.has(before)) return true;
  return (marker === 'of' || marker === 'from') && SUPPORT_NOUNS.has(before);
}

/** Nouns for words sent out, whose "from" names the sender ("News from X", "a statement from X"). */
const SENDING_NOUNS = new Set([
  'news',
  'statement',
  'release',
  'message',
  'announcement',
  'update',
  'notice',
]);

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
