import type { Candidate } from '../entities/entity-candidate.ts';
import { candidate, trimLeadingThe } from '../entities/entity-candidate.ts';
import {
  type EntityContext,
  rangeTerms,
  rangeText,
  type TermRange,
  termBefore,
} from '../entities/entity-context.ts';
import { isAcronym, isCapitalized } from '../entities/entity-word-shape.ts';
import type { NameSpan } from '../entities/name-span.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isTitleWord } from '../people/people.ts';
import { isNameParticle, opensPlaceList } from './location-cues.ts';
import { followsDivisionsOf, precedesDivisionPlural, precedesUnitPlural } from './location-divisions.ts';
import { precedesFeaturePlural } from './location-feature-plurals.ts';
import { qualifiesStateGroup } from './location-group-modifiers.ts';
import { isOriginOfPeople } from './location-origins.ts';
import { isRouteNoun } from './location-routes.ts';
import { isListedTown } from './location-towns.ts';
import { TRAVEL_VERBS } from './location-travel.ts';
import { isKnownPlace } from './locations.ts';

/** "English", "Portuguese", "Arabic": words shaped like the name of a language. */
export function isLanguageLike(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ish|ese|ic)$/u.test(word);
}

const LIST_LOCATIVES = new Set(['in', 'across', 'throughout', 'near']);

/** Words after which a pair of bare names is a pair of places: where someone goes or what a service covers. */
const ROUND_OPENERS = new Set([
  'in',
  'across',
  'throughout',
  'near',
  'visit',
  'visits',
  'visited',
  'visiting',
  'toured',
  'touring',
  'serving',
  'serves',
  'served',
  'covering',
]);

/**
 * "in the Philippines", "across Laos": a single plural word compromise reads as a people, right after a
 * preposition of place, names a country (one lives in a country, not in a people).
 */
export function isPlaceReadAsPeople(context: EntityContext, range: TermRange): boolean {
  const word = context.terms[range.from];
  if (range.from !== range.to || !word?.tags.has('Demonym') || !word.tags.has('Plural')) return false;
  let before = termBefore(context, range);
  const article = before?.text === 'the';
  if (article) before = termBefore(context, range, 2);
  // "interest in Americans": without an article, a word shaped like a people's plural is a people.
  if (!article && /(?:ans|ons|ers|is)$/.test(word.text)) return false;
  return before !== undefined && STRONG_LOCATIVES.has(before.text) && !qualifiesNoun(context, range);
}

const STRONG_LOCATIVES = new Set(['in', 'across', 'throughout', 'inside']);

/** Verbs of going (and nouns of a carrier's service) whose "to" takes a destination ("will go to Arbel and Kimo"). */
const MOTION_VERBS = new Set([
  ...TRAVEL_VERBS,
  ...['go', 'goes', 'going', 'went', 'move', 'moved', 'moving', 'return', 'returned', 'returning'],
  // "connect to Arbel and Kimo", "flights to Arbel and Kimo": where a passenger is carried.
  ...['connect', 'connects', 'connected', 'connecting', 'flights', 'routes'],
]);

/** "go to Arbel and Kimo", "travel between Arbel and Kimo": the list is where someone goes. */
function goesTo(context: EntityContext, first: TermRange | undefined): boolean {
  if (!first) return false;
  const to = termBefore(context, first);
  const verb = termBefore(context, first, 2);
  const lowerVerb = verb?.text.toLowerCase() ?? '';
  // "travel between Arbel and Kimo", "the road between Arbel and Kimo": the two ends of a way.
  if (to?.text === 'between') return MOTION_VERBS.has(lowerVerb) || isRouteNoun(lowerVerb);
  if (to?.text !== 'to' || !MOTION_VERBS.has(lowerVerb)) return false;
  // "Thanks go to Varnel and Kestro", "proceeds will go to ...": what goes there is no traveller.
  for (let distance = 3; distance <= 4; distance++) {
    const subject = termBefore(context, first, distance)?.text.toLowerCase() ?? '';
    if (GIVEN_THINGS.has(subject)) return false;
  }
  return true;
}

/** Things given rather than sent somewhere ("thanks go to", "the proceeds will go to"). */
const GIVEN_THINGS = new Set([
  'thanks',
  'credit',
  'congratulations',
  'proceeds',
  'funds',
  'money',
  'profits',
  'prize',
  'prizes',
  'award',
  'awards',
  'honours',
  'honors',
  'donations',
  'tickets',
]);

/** Verbs whose "to" or "into" takes only a place, never a person ("expand to", "flew to"). */
const REACH_VERBS = new Set([...TRAVEL_VERBS, 'expand', 'expands', 'expanded', 'expanding']);

/** "in Melissa and Tarvo", "expand to Melissa and Tarvo": a list where no person can stand. */
function reachesPlace(context: EntityContext, first: TermRange): boolean {
  const preposition = termBefore(context, first)?.text ?? '';
  if (STRONG_LOCATIVES.has(preposition)) return true;
  const verb = termBefore(context, first, 2)?.text.toLowerCase() ?? '';
  return (preposition === 'to' || preposition === 'into') && REACH_VERBS.has(verb);
}

/** A single capitalized word that is a person only as a given name ("Melissa", "Florence"). */
function isGivenNameOnly(context: EntityContext, item: TermRange): boolean {
  const term = context.terms[item.from];
  const other = ['Honorific', 'Organization', 'Demonym', 'EntOrgSuffix', 'EntTitle', 'LastName'];
  return (
    item.from === item.to &&
    term !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(term.text) &&
    !other.some((tag) => term.tags.has(tag))
  );
}

/**
 * Whether the run follows a preposition or verb of place ("in", "visiting"), or "at", which puts two bare
 * names joined by "and" in two places ("held at Arbel and Kimo") though it says less of what they are.
 */
export function isLocativeRun(context: EntityContext, range: TermRange): boolean {
  let before = termBefore(context, range);
  if (before?.text === 'the') before = context.terms[range.from - 2];
  const word = before?.text.toLowerCase() ?? '';
  // "at the Arbel and Kimo campuses": after "at", names before a noun qualify it.
  return ROUND_OPENERS.has(word) || (word === 'at' && !qualifiesNoun(context, range));
}

/** Tags of words that make a name a body's, a title's, an event's or a date's. */
const NAMED_THING_TAGS = ['EntOrgSuffix', 'EntTitle', 'EntEventWord', 'Date', 'Holiday'];

/** A name of one or two words with nothing in it that makes it a person, an organization or a people. */
export function isBareName(context: EntityContext, item: TermRange): boolean {
  // "Orvala Games", "New Year": a word of an event's name or a date makes no bare place name either.
  const bare = [...['Person', 'FirstName', 'Honorific', 'Organization', 'Demonym'], ...NAMED_THING_TAGS];
  const terms = rangeTerms(context, item);
  return (
    item.to - item.from <= 1 &&
    terms.every(
      // "eSports and mHealth": a word opened in lower case is a coinage, not a bare place name.
      (t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !bare.some((tag) => t.tags.has(tag)),
    )
  );
}

/**
 * A bare name (see `isBareName`), or two joined by a particle of their own language, as Spanish and
 * Portuguese towns are named ("Puerto de Alvar", "Santa Lucía de Ormeño").
 *
 * @example
 * isBareTownName(context, rangeOf('Santa Lucía de Ormeño')) // true
 * isBareTownName(context, rangeOf('Bank of Ormeño')) // false
 */
export function isBareTownName(context: EntityContext, item: TermRange): boolean {
  return isBareName(context, item) || isParticleJoinedName(context, item);
}

/** The words for a saint that open the names of towns ("San Isidro", "Santa Lucía", "São Tomé"). */
const SAINT_WORDS = new Set(['San', 'Santa', 'Santo', 'São', 'Saint', 'Sainte', 'St']);

function isParticleJoinedName(context: EntityContext, item: TermRange): boolean {
  const terms = rangeTerms(context, item);
  const particle = terms.findIndex((t) => isNameParticle(t.text));
  if (terms.length > 4 || particle <= 0 || particle === terms.length - 1) return false;
  // compromise reads "X de Y" as a person's name; with a given name ("Maria de Souza") it is one, unless
  // a saint's name opens a town's ("Santa Lucía de Ormeño").
  const saint = SAINT_WORDS.has(terms[0]?.text ?? '');
  const notNamed = [...['Honorific', 'Organization', 'Demonym'], ...NAMED_THING_TAGS];
  return terms.every(
    (t, at) =>
      at === particle ||
      (/^\p{Lu}\p{Ll}/u.test(t.text) &&
        !notNamed.some((tag) => t.tags.has(tag)) &&
        (saint || !t.tags.has('FirstName'))),
  );
}

/**
 * A name of one or two words in a list of divisions ("the Kessu and Haut-Orvel departments"): bare, though
 * compromise may guess an organization from a word it does not know; the division noun says otherwise.
 */
function isDivisionName(context: EntityContext, item: TermRange): boolean {
  const notNamed = [
    ...['Person', 'FirstName', 'Honorific', 'EntLexOrganization', 'Demonym'],
    ...['EntOrgSuffix', 'EntTitle', 'EntEventWord', 'Date', 'Holiday'],
  ];
  return (
    item.to - item.from <= 1 &&
    rangeTerms(context, item).every(
      (t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !notNamed.some((tag) => t.tags.has(tag)),
    )
  );
}

/**
 * "in Tarvel, Ostrana and Lisbon", "from Sialkot or Kavel": names listed with a place the rules are sure
 * of, and with nothing but places, are places too. Runs are cut at "and" first ("Ostrana and Lisbon" is
 * two list items).
 */
export function placesInLists(
  context: EntityContext,
  spans: readonly NameSpan[],
  candidates: readonly Candidate[],
): Candidate[] {
  const kindAt = new Map<number, Candidate>();
  for (const found of candidates) kindAt.set(found.start, found);
  const found: Candidate[] = [];
  let list: TermRange[] = [];
  let coordinated = false;
  let roundSentence: number | undefined;
  const flush = () => {
    const kindsAt = (item: TermRange) => kindAt.get(context.terms[item.from]?.start ?? -1);
    const kinds = list.map(kindsAt);
    // A place sure enough, that is the whole list item ("Samoa Prime Minister and Chair" lists no place).
    const first = list[0];
    const opener = first ? termBefore(context, first)?.text.toLowerCase() : undefined;
    // "schools in Tarvel, Ostrana and Lisbon": a list opened by "in" is a list of places.
    const located = opener !== undefined && LIST_LOCATIVES.has(opener);
    const whole = (c: Candidate | undefined, index: number) =>
      c?.kind === 'location' && c.text === rangeText(context, list[index] as TermRange);
    const sure = kinds.some(
      (c, index) => whole(c, index) && (((c?.score ?? 0) >= 3 && c?.weak !== true) || located),
    );
    // "from Kavel, Tarvo and Lisbon": a town of the gazetteer or a known place vouches for bare names.
    const listed = kinds.some((c, index) => whole(c, index) && isGazetteerPlace(context, list[index]));
    const onlyPlaces = kinds.every((c) => c === undefined || c.kind === 'location');
    const languages = list.some(
      (item) => item.from === item.to && isLanguageLike(context.terms[item.from]?.text ?? ''),
    );
    // "visit Arbel and Kimo on Monday, and Pelu and Sarn next week": bare names where a round goes.
    // "expand to Melissa and Tarvo": where only a place can stand, a given name is a town's name too.
    const placeOnly = first !== undefined && reachesPlace(context, first);
    const bareItem = (item: TermRange) =>
      isBareTownName(context, item) || (placeOnly && isGivenNameOnly(context, item));
    const bare = kinds.every((c) => c === undefined || c.kind === 'location') && list.every(bareItem);
    const sentence = first ? context.terms[first.from]?.sentence : undefined;
    const continues =
      opener === 'and' &&
      first !== undefined &&
      /,/.test(context.terms[first.from - 2]?.post ?? '') &&
      sentence === roundSentence;
    // "Tarvel and Ostrana provinces", "the counties of Tarvel and Ostrana", "the Tarvel and Ostrana
    // areas": a list of divisions or of places of one kind.
    const last = list[list.length - 1];
    const divisions =
      first !== undefined &&
      last !== undefined &&
      !qualifiesStateGroup(context, last) &&
      (precedesDivisionPlural(context, last) ||
        followsDivisionsOf(context, first) ||
        precedesFeaturePlural(context, list));
    const round =
      bare &&
      opener !== undefined &&
      (ROUND_OPENERS.has(opener) ||
        (opener === 'at' && last !== undefined && !qualifiesNoun(context, last)) ||
        continues ||
        goesTo(context, first) ||
        placeOnly ||
        (first !== undefined && (opensPlaceList(context, first) || isOriginOfPeople(context, first))));
    const named = (item: TermRange) => kindsAt(item) === undefined && isDivisionName(context, item);
    // "the Finance and Legal departments": a noun of units as well as of divisions needs a place listed.
    const units = last !== undefined && precedesUnitPlural(context, last);
    const placeListed = kinds.some((c, index) => whole(c, index));
    if (divisions && onlyPlaces && coordinated && list.length >= 2 && (!units || placeListed)) {
      for (const item of list.filter(named))
        found.push({ ...candidate(context, 'location', item, 2), listed: true });
    } else if (round && coordinated && list.length >= 2 && !languages) {
      roundSentence = sentence;
      for (const item of list) found.push({ ...candidate(context, 'location', item, 2), listed: true });
    } else if ((sure || listed) && onlyPlaces && coordinated && list.length >= 2 && !languages) {
      list.forEach((item, index) => {
        if (!sure && !isBareName(context, item)) return;
        const short = item.to - item.from <= 2 && !rangeTerms(context, item).some((t) => isAcronym(t.text));
        // "Vila de Rei": a particle may join the capitalized words of a place's name.
        const named = rangeTerms(context, item).every(
          (t, at, all) =>
            (isCapitalized(t) && !isTitleWord(t) && !t.tags.has('Pronoun') && /\p{L}\p{L}/u.test(t.text)) ||
            (at > 0 && at < all.length - 1 && isNameParticle(t.text)),
        );
        // "Vietnam, Morocco and the Gulf states": the last item may qualify a group of states.
        const qualifies = qualifiesNoun(context, item) || qualifiesStateGroup(context, item);
        if (kinds[index] === undefined && short && named && !qualifies) {
          found.push({ ...candidate(context, 'location', item, 2), listed: true });
        }
      });
    }
    list = [];
    coordinated = false;
  };
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    const between = previous ? context.text.slice(previous.end, span.start) : '';
    // "from Tarvel or Ostrana": "or" coordinates a list as "and" does.
    if (!previous || !/^(?:,\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)$/.test(between))
      flush();
    if (/\b(?:and|or)\b/.test(between)) coordinated = true;
    let from = span.from;
    for (let i = span.from; i <= span.to; i++) {
      if (context.terms[i]?.text !== 'and') continue;
      coordinated = true;
      if (i > from) list.push({ from, to: i - 1 });
      from = i + 1;
    }
    if (from <= span.to) list.push(trimLeadingThe(context, { ...span, from }));
  });
  flush();
  return found;
}

/** A town of the gazetteer or a place compromise knows, as a whole list item. */
function isGazetteerPlace(context: EntityContext, item: TermRange | undefined): boolean {
  return item !== undefined && (isListedTown(context, item) || isKnownPlace(context, item));
}

/** "the Kenyan, Ugandan and Filipino delegates": the list qualifies a lower-case noun after it. */
export function qualifiesNoun(context: EntityContext, item: TermRange): boolean {
  const last = context.terms[item.to];
  const after = termAfterRange(context, item);
  return (
    last?.post.trim() === '' && after !== undefined && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun')
  );
}

function termAfterRange(context: EntityContext, item: TermRange): EntityTerm | undefined {
  const last = context.terms[item.to];
  const next = context.terms[item.to + 1];
  return next && last && next.sentence === last.sentence ? next : undefined;
}
