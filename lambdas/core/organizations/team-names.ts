import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { isPlaceTagged } from '../locations/location-tags.ts';
import { isKnownPlace } from '../locations/locations.ts';

/** Sports a club is named for ("Tarvel Rugby Club", "Kessu Rowing Club"). */
export const SPORT_WORDS: ReadonlySet<string> = new Set([
  'Rugby',
  'Football',
  'Soccer',
  'Cricket',
  'Hockey',
  'Golf',
  'Tennis',
  'Athletic',
  'Athletics',
  'Atlético',
  'Atletico',
  'Sports',
  'Sporting',
  'Rowing',
  'Sailing',
  'Yacht',
  'Boxing',
  'Cycling',
  'Basketball',
  'Volleyball',
  'Handball',
  'Swimming',
  'Chess',
  'Polo',
  'Netball',
  'Badminton',
  'Archery',
  'Triathlon',
  'Judo',
]);

/** Abbreviations a football or rugby club writes after its name ("Harbour Kings FC"). */
const CLUB_FORMS = new Set(['FC', 'AFC', 'CF', 'RFC', 'SC']);

/**
 * Whether the words name a sports club by its own shape: a club abbreviation after the name ("Harbour
 * Kings FC") or "Club" after a sport ("Tarvel Rugby Club", "Kessu Rowing Club").
 *
 * @example
 * isClubName(context, rangeOf('Tarvel Rugby Club')) // true; isClubName(context, rangeOf('Rotary Club')) // false
 */
export function isClubName(context: EntityContext, range: TermRange): boolean {
  const words = rangeTerms(context, range);
  const last = words[words.length - 1];
  if (!last || words.length < 2) return false;
  if (CLUB_FORMS.has(last.text)) return true;
  return last.text === 'Club' && words.some((word) => SPORT_WORDS.has(word.text));
}

/** Lower-case nouns for a team or a band, written before its name ("the home team Harbour Kings"). */
const TEAM_NOUNS = new Set(['team', 'club', 'side', 'squad', 'franchise', 'outfit', 'band', 'crew']);

/** Members and roles of a team, written after its name ("Harbour Kings captain Jo Lee") or before "of". */
const TEAM_ROLES = new Set([
  'captain',
  'skipper',
  'coach',
  'goalkeeper',
  'striker',
  'midfielder',
  'defender',
  'players',
  'teammates',
  'roster',
  'lineup',
  'frontman',
  'drummer',
  'guitarist',
  'bassist',
]);

/**
 * How strongly the context says the name is a team's or a band's: a team noun right before it ("the
 * Kenyan team Savanna Hawks"), a team role right after it ("the Harbour Kings players") or before "of"
 * ("the coach of Coastal Strikers"), 4; a role after it that a person's name follows ("Savanna Hawks
 * captain Otieno Mwangi": whose captain), 6, above what a speech verb and a title after the name give a
 * person. A place's name in those spots is a national side ("Kenya captain Juma Kariuki"), which stays a
 * place: 0.
 *
 * @example
 * teamEvidence(context, rangeOf('Savanna Hawks')) // 6 in 'said Savanna Hawks captain Otieno Mwangi'
 */
export function teamEvidence(context: EntityContext, range: TermRange): number {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  if (!last || last.possessive || isKnownPlace(context, range)) return 0;
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  // "Harbour Kings FC", "Club Tarvel", "Club Atlético Kessu": a club named as one.
  const clubFirst = terms[0]?.text === 'Club' && terms.length >= 2 && !isCapitalizedCommon(terms[1]?.text);
  if (isClubName(context, range) || clubFirst || inMatchResult(context, range)) return 4;
  if (after && TEAM_ROLES.has(after.text) && last.post === ' ') {
    const holder = termAfter(context, range, 2);
    return holder && after.post === ' ' && /^\p{Lu}\p{Ll}/u.test(holder.text) ? 6 : 4;
  }
  if (before && TEAM_NOUNS.has(before.text) && before.post === ' ') return 4;
  if (isNamedBeforeTeamNoun(context, range)) return 4;
  const role = termBefore(context, range, before?.text === 'the' ? 3 : 2);
  const of = before?.text === 'the' ? termBefore(context, range, 2) : before;
  // "the coach of Maria Lopez": a player's coach; a name opened by a known first name stays a person's.
  const personal = terms[0]?.tags.has('FirstName') === true;
  return of?.text === 'of' && role !== undefined && TEAM_ROLES.has(role.text) && !personal ? 4 : 0;
}

/**
 * "of the Tarvel Road Harriers club", "the Kessu Valley Kings team": a name of two words or more right
 * before a lower-case team noun is that team's. One word ("the Olympic team", "the Kenya team") is more
 * often what the team represents.
 *
 * @example
 * isNamedBeforeTeamNoun(context, rangeOf('Tarvel Road Harriers')) // true in 'of the Tarvel Road Harriers club'
 */
export function isNamedBeforeTeamNoun(context: EntityContext, range: TermRange): boolean {
  const after = termAfter(context, range);
  const last = context.terms[range.to];
  return (
    range.to > range.from &&
    last?.post === ' ' &&
    after !== undefined &&
    TEAM_NOUNS.has(after.text) &&
    !isKnownPlace(context, range)
  );
}

/** "Club Members", "Club House": a capitalized common word after "Club" makes no club's name. */
function isCapitalizedCommon(word: string | undefined): boolean {
  return word === undefined || ['Members', 'Member', 'House', 'Night', 'World', 'Season'].includes(word);
}

/**
 * "beat the Kessu Kings from Tarvel 2-1": how many words after the side say where it comes from ("from"
 * or "of" and up to three capitalized words), before the score; 0 when none do.
 */
function homeLength(context: EntityContext, range: TermRange): number {
  const marker = termAfter(context, range);
  if (marker?.text !== 'from' && marker?.text !== 'of') return 0;
  let length = 1;
  while (length <= 3 && /^\p{Lu}/u.test(termAfter(context, range, length + 1)?.text ?? '')) length++;
  return length > 1 ? length : 0;
}

/** A match score ("21-7", "3–1", "2:0"). */
const SCORE = /^\d{1,3}[-–:]\d{1,3}$/;

/** Verbs of a match result whose subject and object are sides ("Kessu beat Tarvel 21-7"). */
const RESULT_VERBS = new Set([
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeating',
  'edged',
  'edging',
  'overcame',
  'thrashed',
  'downed',
  'routed',
  'drew',
  'lost',
]);

/** Words before a side's name that say nothing of what it is ("against", "over", "and", "the"). */
const SIDE_MARKERS = new Set(['against', 'over', 'and', 'the', 'while', 'when', 'as', 'to', 'by', 'with']);

/** Words right before the side that lost or won by the score after it ("lost to X 1-3"). */
const OPPONENT_MARKERS = new Set(['against', 'over', 'to', 'vs', 'versus', 'v']);

/**
 * "beat Tarvel Rovers 21-7", "Kessu United edged Tarvel 14-12": a side named right before a score, or
 * the subject of a verb of a match result with a score in its clause. A name opened by a given name or
 * an honorific is a player's ("Ana Lima beat Jo Vidal 6-3"), left to the person rules.
 */
function inMatchResult(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  const last = context.terms[range.to];
  if (!first || !last || first.tags.has('FirstName') || first.tags.has('Honorific')) return false;
  // "defeated Kenya's Harbour Kings 3-0": the side's country, in the possessive, stands between.
  const owner = termBefore(context, range);
  const owned = owner?.possessive === true && isPlaceTagged(owner) && owner.post === ' ';
  // "beat home favourite Ana Lima 11-7": a name after a word that describes it is a player's.
  const before = owned ? termBefore(context, range, 2) : owner;
  const described = before?.post === ' ' && /^\p{Ll}/u.test(before.text) && !RESULT_VERBS.has(before.text);
  if (last.post !== ' ' || (described && !SIDE_MARKERS.has(before?.text ?? ''))) return false;
  const after = termAfter(context, range);
  // "beat Tarvel 21-7", "lost to Tarvel 1-3"; not "a 76-seat ATR 72-600", a product and its model.
  // "beat the Kessu Kings 2-1": the side's article stands between.
  const marker = before?.text === 'the' ? termBefore(context, range, owned ? 3 : 2) : before;
  const opposed =
    marker !== undefined && (RESULT_VERBS.has(marker.text) || OPPONENT_MARKERS.has(marker.text));
  const score = termAfter(context, range, 1 + homeLength(context, range));
  if (score && SCORE.test(score.text) && opposed) return true;
  if (!after || !RESULT_VERBS.has(after.text.toLowerCase())) return false;
  for (let distance = 2; distance <= 8; distance++) {
    const term = termAfter(context, range, distance);
    if (!term) return false;
    if (SCORE.test(term.text)) return true;
    if (/[;.]/.test(term.post)) return false;
  }
  return false;
}
