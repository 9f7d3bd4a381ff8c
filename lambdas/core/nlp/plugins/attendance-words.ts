import type { Plugin } from '../compromise-types.ts';

/**
 * People who attend or take part in events that compromise's lexicon does not already tag `#Actor`
 * (it knows guests, visitors, spectators, athletes, journalists ...).
 */
const ATTENDEES = [
  'attendees',
  'participants',
  'delegates',
  'runners',
  'students',
  'experts',
  'academics',
  'speakers',
  'panelists',
  'panellists',
  'individuals',
  'fans',
  'volunteers',
  'members',
  'officials',
  'representatives',
  'investors',
  'dignitaries',
  'professionals',
  'executives',
  'viewers',
  'invitees',
  'registrants',
  'trainees',
  'learners',
  'competitors',
  'contestants',
  'entrants',
  'finishers',
  'swimmers',
  'marchers',
  'onlookers',
  'bystanders',
  'worshippers',
  'shoppers',
  'stakeholders',
  'policymakers',
  'educators',
  'alumni',
  'youths',
  'buyers',
  'fairgoers',
  'festivalgoers',
  'concertgoers',
  'schoolchildren',
  'walkers',
  'cyclists',
  'racers',
  'marathoners',
  // The people of a place, who come to its meetings, consultations and open days.
  'residents',
  'villagers',
  'locals',
  'persons',
];

/**
 * Counted things that are not attendance (GUIDELINES "attendance"): bodies that take part as
 * organizations or countries, teams and ensembles, and exhibitors, who stand for companies.
 */
const NON_ATTENDEES = [
  'countries',
  'nations',
  'states',
  'regions',
  'provinces',
  'cities',
  'towns',
  'villages',
  'municipalities',
  'districts',
  'counties',
  'companies',
  'firms',
  'businesses',
  'brands',
  'organizations',
  'organisations',
  'institutions',
  'universities',
  'colleges',
  'schools',
  'clubs',
  'associations',
  'agencies',
  'ministries',
  'embassies',
  'groups',
  'startups',
  'start-ups',
  'delegations',
  'teams',
  'crews',
  'squads',
  'bands',
  'orchestras',
  'choirs',
  'troupes',
  'ensembles',
  'booths',
  'stands',
  'exhibitors',
  'sponsors',
  'partners',
  'vendors',
  'suppliers',
];

/**
 * People whose count is mostly no attendance: staff for an employer's size, customers for a market,
 * victims and patients for a toll. They count only when an attending verb follows them
 * ("40 health workers attended the briefing").
 */
const OUTSIDERS = [
  'employees',
  'staff',
  'staffers',
  'workers',
  'customers',
  'clients',
  'users',
  'subscribers',
  'followers',
  'victims',
  'casualties',
  'civilians',
  'patients',
  'refugees',
  'migrants',
  'inhabitants',
  'citizens',
];

/** The attendance tag our lists give a lower-case word, if any. */
const LISTED = new Map<string, string>([
  ...ATTENDEES.map((word): [string, string] => [word, 'Attendee']),
  ...NON_ATTENDEES.map((word): [string, string] => [word, 'NonAttendee']),
  ...OUTSIDERS.map((word): [string, string] => [word, 'Outsider']),
]);

/**
 * The attendance tag our lists give a word, whatever compromise's tagger made of it: after a number
 * it retags a plural that is also a verb ("32 clubs", "40 stands") as a bare plural and drops ours.
 *
 * @example
 * listedAttendanceTag('Clubs') // 'NonAttendee'
 * listedAttendanceTag('tables') // undefined
 */
export function listedAttendanceTag(word: string): string | undefined {
  return LISTED.get(word.toLowerCase());
}

/**
 * Vocabulary and tags for the attendance extractor: `#Attendee`, `#NonAttendee` and `#Outsider`
 * plural nouns.
 */
export const attendanceWords: Plugin = {
  tags: {
    Attendee: { isA: 'Plural' },
    NonAttendee: { isA: 'Plural' },
    Outsider: { isA: 'Plural' },
  },
  words: Object.fromEntries(LISTED),
};
