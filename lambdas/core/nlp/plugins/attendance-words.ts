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
  'worshippers',
  'shoppers',
  'stakeholders',
  'policymakers',
  'educators',
  'alumni',
  'youths',
];

/**
 * Counted things that are not attendance (GUIDELINES "attendance"): bodies that take part as
 * organizations or countries, and people whose count is not attendance: exhibitors stand for
 * companies, staff for an employer's size, victims and patients for a toll.
 */
const NON_ATTENDEES = [
  'countries',
  'nations',
  'states',
  'regions',
  'provinces',
  'cities',
  'companies',
  'firms',
  'businesses',
  'brands',
  'organizations',
  'organisations',
  'institutions',
  'universities',
  'delegations',
  'teams',
  'booths',
  'stands',
  'exhibitors',
  'employees',
  'staff',
  'staffers',
  'workers',
  'sponsors',
  'partners',
  'vendors',
  'suppliers',
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

/** Vocabulary and tags for the attendance extractor: `#Attendee` and `#NonAttendee` plural nouns. */
export const attendanceWords: Plugin = {
  tags: {
    Attendee: { isA: 'Plural' },
    NonAttendee: { isA: 'Plural' },
  },
  words: {
    ...Object.fromEntries(ATTENDEES.map((word) => [word, 'Attendee'])),
    ...Object.fromEntries(NON_ATTENDEES.map((word) => [word, 'NonAttendee'])),
  },
};
