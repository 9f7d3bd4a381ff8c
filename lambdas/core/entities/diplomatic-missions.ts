import type { EntityTerm } from '../nlp/entity-terms.ts';

/** Heads of the names of diplomatic missions, which name their seat with "in". */
const MISSION_HEADS = new Set(['Embassy', 'Consulate', 'Consulate-General', 'Mission', 'Delegation']);

/**
 * "Embassy of the Republic of Korvia in Portugal", "Consulate General of Peru in Hamburg": a diplomatic
 * mission's name goes on with "in" and the place where it sits. True when the run of names `seat`
 * follows `mission` after " in " (or " in the ") and `mission` is headed by a mission word before its first "of".
 *
 * @example
 * isMissionSeat(terms, missionSpan, seatSpan, text) // true for 'Embassy of Chile' and 'Lisbon' in 'Embassy of Chile in Lisbon'
 */
export function isMissionSeat(
  terms: readonly EntityTerm[],
  mission: { readonly from: number; readonly to: number; readonly end: number },
  seat: { readonly from: number; readonly start: number },
  text: string,
): boolean {
  // "in the Republic of Norland", "in the Netherlands": a seat may be named with its article.
  const between = text.slice(mission.end, seat.start);
  if (between !== ' in ' && between !== ' in the ') return false;
  const words = terms.slice(mission.from, mission.to + 1);
  const of = words.findIndex((term) => term.text === 'of');
  if (of < 1) return false;
  const head = words.slice(0, of);
  const isMission = head.some(
    (term, index) =>
      MISSION_HEADS.has(term.text) || (term.text === 'Commission' && head[index - 1]?.text === 'High'),
  );
  return isMission && terms[seat.from]?.sentence === words[0]?.sentence;
}
