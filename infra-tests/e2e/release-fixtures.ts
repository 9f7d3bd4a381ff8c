/**
 * Releases written for the end-to-end suite (invented places, bodies and people), each with the facts
 * any correct extraction finds in it.
 */

export const RESERVOIR_RELEASE = `Brindlemoor, 12 March 2024 — The Corvane Valley Water Board (CVWB) opened a new reservoir on Tuesday, the board announced.

More than 300 residents attended the opening ceremony at the northern dam.

"This reservoir secures clean water for a generation," said Talia Brennok, chair of the Corvane Valley Water Board.
`;

export const SURVEY_RELEASE = `Ostrava Point, 2 June 2024 — The Merrow Coastal Institute (MCI) published its annual survey of the bay on Monday.

About 40 researchers took part in the survey.

"The bay is recovering faster than we expected," said Piet Vandermolen, director of the Merrow Coastal Institute.
`;

/** The same object's second version: other organization, person and date, so stale items would show. */
export const SURVEY_RELEASE_REVISED = `Ostrava Point, 9 September 2024 — The Fennick Harbour Authority (FHA) extended the bay survey.

Nearly 2,000 visitors attended the harbour open day.

"We will keep the harbour open to science," said Oona Raskell, harbour master of the Fennick Harbour Authority.
`;

/** A release of the bulk test: unique numbering so no two objects are the same. */
export function bulkRelease(index: number): string {
  return `Kelmsford, 14 March 2019 — The Arden Lantern Society opened exhibition number ${index + 1} on Thursday.

More than ${index + 20} visitors attended the opening.
`;
}
