/**
 * Counts of people that are the traffic of a place over a period, not the attendance of an event:
 * tourists who visited a country last year, a trip to a country, the guests a hotel or a museum
 * received in a year. Every pattern starts with literals and bounds its repeats, so tests stay linear.
 */

/**
 * A visit to a named place puts nobody at an event: a trip to a country ("a week-long visit to
 * Tarvia") or a place visited over a period ("90,000 tourists visited Tarvia last year"). A visit to
 * an event or a venue in lower case ("visited the fair on Friday") still does.
 */
const TRIP_TO_NAMED_PLACE = /^visits?\s+to\s+(?:the\s+)?\p{Lu}/u;
const NAMED_PLACE_OVER_PERIOD =
  /^visit(?:s|ed|ing)?\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:(?:last|this|next|each|every|per|a)\s+(?:year|month|season|summer|winter|spring|autumn|decade)|(?:in|during)\s+\d{4}|annually|so far)\b/u;

/**
 * True when the visit word at `index` of the clause is a visit to a named place, not to an event.
 *
 * @example
 * visitsNamedPlace('8,000 tourists visited Tarvia last year', 15) // true
 * visitsNamedPlace('600 pupils visited the fair on Friday', 11) // false
 */
export function visitsNamedPlace(clause: string, index: number): boolean {
  const rest = clause.slice(index, index + 120);
  return TRIP_TO_NAMED_PLACE.test(rest) || NAMED_PLACE_OVER_PERIOD.test(rest);
}

/**
 * A period of a year or more: "last year", "in 2024", "since 2019", "so far this year", "annually";
 * not a comparison with one ("up by a quarter on last year", "more than last year").
 */
const YEAR_PERIOD =
  /(?<!\b(?:on|than|from|over|versus)\s)\b(?:(?:last|this|per|a|each|every|the previous|the past)\s+year|(?:in|since|during)\s+(?:19|20)\d{2}|annually|over the (?:past|last) (?:year|decade|\w+ years))\b/i;
/** Verbs of a place's traffic: what it received, drew or saw, or who came to it. */
const TRAFFIC_VERB =
  /\b(?:welcom(?:e|es|ed|ing)|attract(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|dr(?:ew|aws?)|came|come|visit(?:s|ed|ing)?|hosted|saw|handled|recorded|registered|involv(?:e|es|ed|ing)|reach(?:es|ed)?)\b/i;
/** Words that make the clause about one event or one of its editions, whose year dates it. */
const EVENT_WORD =
  /\b(?:event|festival|forum|summit|conference|congress|ceremony|games|championships?|tournament|race|marathon|fair|expo|exhibition|show|concert|meeting|workshop|seminar|session|celebrations?|launch|opening|premiere|edition|gala|parade|carnival|rally|regatta|final|reception|screening|tour)s?\b/i;

/**
 * True when a clause tells a place's traffic over a year and its sentence names no event: "the museum
 * attracted 450,000 visitors in 2024", "the hotel welcomed 20,000 guests last year", "90,000 tourists
 * came to Tarvia last year". A year that dates an event ("the fair, which drew 30,000 last year")
 * leaves it a count of that event's attendance.
 *
 * @example
 * yearlyTraffic('The museum attracted 450,000 visitors in 2024', 'The museum attracted 450,000 visitors in 2024.') // true
 * yearlyTraffic('which drew 45,000 visitors in 2024', 'The fair, which drew 45,000 visitors in 2024, returns.') // false
 */
export function yearlyTraffic(clause: string, sentence: string): boolean {
  return YEAR_PERIOD.test(clause) && TRAFFIC_VERB.test(clause) && !EVENT_WORD.test(sentence);
}
