import { delegationOfBefore } from './attendance-group-size.ts';
import { visitsNamedPlace } from './attendance-traffic.ts';

/**
 * The words that tell whether a count counts people at an event. Each test reads a bounded stretch
 * of text around the count, and every pattern starts with literals, so tests stay linear.
 */

/**
 * People nouns that name attendance by themselves: "1,500 attendees", "200 participants", and those
 * who take part in a race or contest: "a field with 210 runners", "grown from 400 entrants".
 */
const SELF_ATTENDING = new Set([
  'attendees',
  'participants',
  'visitors',
  'spectators',
  'delegates',
  'guests',
  'registrants',
  'invitees',
  'runners',
  'entrants',
  'competitors',
  'contestants',
  'finishers',
  'racers',
  'marathoners',
  'walkers',
  'cyclists',
  'swimmers',
]);

/** Words that end the noun phrase of a count: the counted noun must come before them. */
const PHRASE_ENDERS = new Set([
  'from',
  'of',
  'in',
  'at',
  'on',
  'to',
  'for',
  'with',
  'and',
  'or',
  'who',
  'which',
  'that',
  'by',
  'as',
  'than',
  'per',
  'each',
]);

/**
 * Auxiliaries and adverbs between the counted words and their verb ("will all be attending", "are
 * expected to take part").
 */
const AUXILIARIES =
  '(?:(?:will|would|may|might|can|could|should|also|have|has|had|were|are|did|be|been|all|expected to|due to|set to|later|then|afterwards|subsequently)\\s+)*';
/**
 * Verbs of a crowd filling a place: "3,000 residents crowded onto the quay", "thronged the square",
 * "poured into the stadium". Not "lined": stalls and trees line a route as often as people do.
 */
const CROWD_VERBS = 'crowded|thronged|crammed|massed|(?:poured|streamed) (?:in|into|onto)';
/**
 * Taking part in an event's sessions from afar: "300 alumni followed the sessions online", "followed the
 * proceedings remotely". Following alone ("followed the river", "followed the rules") puts nobody at an
 * event, nor does watching a broadcast ("2,000 people followed the live stream"), an audience, not a part.
 */
const REMOTE_FOLLOWING =
  'follow(?:ed|s|ing)?\\s+(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:sessions?|proceedings|talks|debates?|lectures?|conference|forum|summit|meeting|workshops?)\\s+(?:online|remotely|virtually)';

/**
 * An attending verb right after the counted words: "60 will attend", "40 principals took part",
 * "200 growers had taken part", "86 residents watched the debate", "214 athletes had entered the race",
 * "3,000 residents crowded onto the quay", "400 parents were on hand", "90 chiefs graced the occasion",
 * "500 residents witnessed the launch", "900 rowers raced on the lake".
 */
const ATTENDING_VERB_NEXT = new RegExp(
  `^${AUXILIARIES}(?:attend\\w*|participat\\w*|join(?:ed|s)?|tak(?:e|es|en|ing) part|took part|turned out|turned up|showed up|came|gathered|flocked|assembled|packed|in attendance|watch(?:ed|es|ing)?|entered|cheered|marched|walked|paraded|graced|took to the streets|witness(?:ed|es|ing)?|raced|(?:be|is|are|was|were|been) (?:also )?(?:present|on hand)|${CROWD_VERBS}|${REMOTE_FOLLOWING})\\b`,
  'iu',
);
/**
 * Joining a part of an event, which any people do as its attendees: "120 customers joined a guided tour",
 * "joined the closing session". Joining a firm or a union ("40 staff joined the company") is no such part.
 */
const JOINING_EVENT_PART =
  'join(?:ed|s)?\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:tours?|sessions?|workshops?|visits?|walks?|ceremony|briefing|demonstrations?|excursions?|masterclass|celebrations?)';
/**
 * The verbs that make even staff, patients or customers attendees: "40 nurses attended the briefing",
 * "120 customers joined a guided tour".
 */
const STRICT_ATTENDING_VERB_NEXT = new RegExp(
  `^${AUXILIARIES}(?:attend\\w*|participat\\w*|took part|tak(?:e|es|en|ing) part|in attendance|watch(?:ed|es|ing)?|${JOINING_EVENT_PART}|${REMOTE_FOLLOWING})\\b`,
  'iu',
);
/** How far after the counted words an attending verb is looked for ("will all be attending"). */
const VERB_REACH = 60;
/** How far after the counted words travel and the event it is for are read. */
const TRAVEL_REACH = 160;

/**
 * Words before a count that make it a count of attendees: "attended by 300", "witnessed by 500", "an
 * audience of 2,000", "played in front of 600 people", "played before 15,000", "organisers estimated
 * the crowd at 8,000", "a crowd put at 6,000", "the audience was put at 900", and
 * "a crowd" before "estimated at 6,000" (a qualifier of the count), and the crowd organisers expect
 * ("where organisers expect some 600 people": attendance told ahead, as "will attend" is).
 */
const ATTENDING_BEFORE =
  /\b(?:attended by|witnessed by|(?:play|plays|played|playing|perform|performs|performed|performing|sang|sing|sings|singing) (?:before|to)|attendance of|participation of|in front of|(?:estimated|put|placed) (?:the )?(?:crowd|attendance|turnout|audience)(?: size)? at|(?:filled|packed|thronged) with|organi[sz]ers (?:now |also )?(?:expect|anticipate)(?:s|ed)?|turnout of|crowds? of|audiences? of|(?:crowd|audience|attendance|turnout)(?: size)?(?: (?:put|counted) at)?|(?:attendance|turnout|attendees|participants|visitors|crowd|audience)(?: (?:at|for) (?:the )?[\p{L}-]+)? (?:reached|hit|topped|totall?ed|numbered|exceeded|surpassed|stood at|amounted to|(?:was|were|is|are)(?: (?:estimated|put|counted|recorded) at)?|of))\s+$/iu;
/** Words before a count of people that make them the field of a contest: "the field included 900". */
const FIELD_BEFORE =
  /\b(?:field|line-?up|start list|entry list|audience|crowd) (?:included|includes|comprised|comprises|numbered)\s+$/i;
const ATTENDING_BEFORE_REACH = 48;

/**
 * Words before a count that make it a count of a workforce, of people harmed or a goal, not of
 * attendees: "employs 12,000 people", "displaced 3,000 residents", "a university which has 30,000
 * students", "enrolls 9,000 students", "a cooperative which represents 800 farmers" (its members), people a body serves as its habit ("trains more than 60 women",
 * "houses 40 families", "screened 900 residents", "vaccinated 300 children"), people invited or picked for something ("invited seven players to a camp"),
 * people who staff or help an event ("staffed by 35 nurses", "supported by 120 volunteers", "a staff of 40
 * people", "working alongside 25 nurses"), the people
 * of a place ("a town of 20,000 people"), people polled ("a survey of 1,200 visitors"),
 * "a target of two million visitors", "aims to attract 5 million tourists", "expects to reach 5,000",
 * "planned for a million visitors", "room for 500 guests". An event said to be expected to draw people
 * ("the fair is expected to draw around 3,000 visitors") states its attendance ahead, as "will attend" does.
 */
const NOT_ATTENDING_BEFORE =
  /\b(?:employ\w*|(?:staffed|manned|crewed|supported|assisted) by|hir(?:e|es|ed|ing)|(?:workforce|staff) of|(?:work|works|worked|working) alongside|kill\w*|injur\w*|displac\w*|evacuat\w*|population of|home to|(?:town|city|village|country|nation|island|region|district|municipality) of|(?:survey|poll|sample) of|serv(?:es|ed|ing)|represent(?:s|ed|ing)|(?:which|that) (?:has|have|had|counts?)|(?:trains|teaches|educates|mentors|coaches|houses|shelters|treat(?:s|ed|ing)|screen(?:s|ed|ing)|vaccinat(?:es|ed|ing)|car(?:es|ed|ing) for|rescu(?:e|es|ed|ing)|hospitali[sz]ed|supports|helps)|invit(?:e|es|ed|ing)|(?:selected|named|called up)|enrol{1,2}s|enrol{1,2}ment of|student body of|(?:target|goal|ambition|objective)s? (?:of|is|was)|aim(?:s|ed|ing)? (?:to|at|for)|expects? to|expected to(?!\s+(?:draw|attract|welcome|bring|gather)\b)|(?<!\b(?:is|are|was|were|be|been)\s)expected to|hop(?:e|es|ed|ing) to|want(?:s|ed)? to|(?:plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|budget(?:s|ed|ing)?|capacity|room|space|seats?) for)\s+(?:\S+\s+){0,2}$/i;
/**
 * A period after the counted words makes the count a rate, not the people of one event:
 * "two million visitors a year", "3,000 passengers per day", "tourists annually", "a workshop for 60
 * electricians every quarter".
 */
const RATE_AFTER =
  /^[\s,]*(?:(?:a|an|per|each|every)\s+(?:year|day|week|month|annum|season|quarter|term|semester|fortnight)|annually|yearly|daily|weekly|monthly|quarterly)\b/i;
const RATE_REACH = 24;
/** A rate per day or per night: the days of one event ("drew up to 2,000 visitors a day"). */
const DAILY_RATE_AFTER = /^[\s,]*(?:(?:a|an|per|each|every)\s+(?:day|night|evening)|daily|nightly)\b/i;
/**
 * A past drawing verb right before a count: what an event drew over its days ("the fan zone drew up
 * to 2,000 visitors a day"), unlike a place's habitual traffic ("the museum draws 5,000 a day").
 */
const PAST_DRAW_BEFORE = /\b(?:drew|drawn|attracted|welcomed|hosted|saw)\s+(?:on average\s+)?$/i;
const NOT_ATTENDING_BEFORE_REACH = 40;
/**
 * A forecast right after the counted words: "2,000 visitors are expected", "are projected at the fair".
 * People expected to attend or take part in a scheduled part of the event ("120 students are expected
 * to take part in a session on Monday") are its attendance, told ahead.
 */
const FORECAST_AFTER =
  /^\s+(?:are|is|were|was)\s+(?:also\s+)?(?:expected|projected|forecast|anticipated)\b(?!\s+to\s+(?:attend|take part|participate|join|compete|perform))/i;
/**
 * A rank right before a count picks some of the people: "the top ten finishers", "the first 100"; a
 * person's own before it names their family or belongings: "walked with his two children".
 */
const RANK_BEFORE = /\b(?:top|first|last|fastest|best|his|her|my)\s+$/i;

/**
 * Words that put people at an event: attending, taking part, gathering, being drawn or welcomed,
 * being trained or competing, signing up for it, performing, dancing or singing, cheering, marching,
 * walking a route, packing a venue or taking to the streets, gracing an occasion or being on hand,
 * celebrating.
 */
const ATTENDANCE_CUE =
  /\b(?:attend\w*|participat\w*|(?:take|takes|took|taking|taken) part|join(?:s|ed|ing)?|gather\w*|drew|draws?|drawing|drawn|attract\w*|(?:brought|bring|brings|bringing) together|welcom\w*|(?:show|shows|showed|showing) up|(?:turn|turns|turned|turning) out|turnout|came|come|comes|coming|flock\w*|converg\w*|involv\w*|regist\w*|enrol\w*|(?:sign|signs|signed|signing) up for|(?:turn|turns|turned|turning) up|perform(?:s|ed|ing)?|cheer(?:s|ed|ing)?|marched|marching|walked|walking|paraded|parading|celebrat(?:e|es|ed|ing)|train(?:s|ed|ing)?|audience|crowd\w*|graced|witness(?:ed|es|ing)?|on hand|(?:took|take|takes|taking) to the streets|in person|compet\w*|pack(?:s|ed|ing)?|danc(?:ed|ing)|sang|singing|filled|hosted|featur\w*|visit\w*|watch(?:ed|es|ing)?|entered)\b/i;
const ATTENDANCE_CUES = new RegExp(`${ATTENDANCE_CUE.source}|\\b${REMOTE_FOLLOWING}\\b`, 'giu');
/** Being trained puts people at an event only when the clause names one (a session, a date). */
const TRAINING = /^train/i;
/**
 * What makes a training an event: a session word or a day ("trained 80 nurses at the clinic on May 3"),
 * unlike a programme over years ("will pay for the training of eight pilots").
 */
const TRAINING_EVENT =
  /\b(?:workshops?|sessions?|days?|seminars?|courses?|camps?|clinics?|ceremony|events?|championships?|games|drills?|exercises?|conferences?|forums?|summits?|festivals?|bootcamps?|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+))\b/iu;
/**
 * Travel for or to an event: "40 artists had travelled from three cities for the festival", "flew in to
 * take part", "30 growers travelled to the summit". Travel alone ("200 farmers travelled north for the harvest") puts nobody at an event:
 * an event noun or an attending purpose must follow within a few words.
 */
/** Nouns of an event people travel to or for ("to the summit", "for the craft fair"). */
const EVENT_NOUNS =
  'event|festival|forum|summit|conference|congress|ceremony|programme|program|games|championships?|tournament|race|marathon|fair|expo|exhibition|show|concert|meeting|workshop|seminar|session|celebrations?|launch|opening|premiere';
const TRAVEL_FOR_EVENT_SOURCE = `(?:travel{1,2}(?:ed|ing|s)?|journeyed|flew in|arrived)\\b[^.;]{0,80}?\\b(?:for (?:the|this|its|their|a)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${EVENT_NOUNS}|week|days)\\b|to (?:the|this|its|their|a)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${EVENT_NOUNS})\\b|to (?:attend|take part|join|compete|perform))`;
const TRAVEL_FOR_EVENT = new RegExp(`\\b${TRAVEL_FOR_EVENT_SOURCE}`, 'iu');
/** An event that saw the count after it: "the festival saw more than 2,000 farmers". */
const EVENT_SAW_BEFORE = new RegExp(
  `\\b(?:${EVENT_NOUNS}|edition)\\s+(?:also\\s+)?saw\\s+(?:(?:some|about|around|nearly|almost|over|more than|up to|roughly|approximately)\\s+)?$`,
  'i',
);
/** Travel for an event right after the counted words: "40 potters had travelled ... for the fair". */
const TRAVEL_FOR_EVENT_NEXT = new RegExp(`^${AUXILIARIES}${TRAVEL_FOR_EVENT_SOURCE}`, 'iu');

/**
 * True for people nouns that name attendance by themselves.
 *
 * @example
 * namesAttendance('Attendees') // true
 * namesAttendance('students') // false: students may be counted anywhere
 */
export function namesAttendance(word: string): boolean {
  return SELF_ATTENDING.has(word.toLowerCase());
}

/** True for words ("from", "of", "and" ...) after which no noun of a count's own phrase follows. */
export function endsCountPhrase(word: string): boolean {
  return PHRASE_ENDERS.has(word.toLowerCase());
}

/**
 * True when an attending verb follows `position`: "60 will attend", "40 principals took part".
 *
 * @example
 * attendingVerbAt('Some 60 will attend.', 7) // true
 */
export function attendingVerbAt(text: string, position: number): boolean {
  const after = text.slice(position, position + VERB_REACH).trimStart();
  if (ATTENDING_VERB_NEXT.test(after)) return true;
  // Travel and its purpose may run past the verb reach: "had travelled from three towns for the fair".
  return TRAVEL_FOR_EVENT_NEXT.test(text.slice(position, position + TRAVEL_REACH).trimStart());
}

/**
 * True when an attending verb that puts even staff or patients at an event follows `position`:
 * "40 nurses attended", not "40 staff joined the company".
 *
 * @example
 * strictAttendingVerbAt('40 nurses attended.', 9) // true
 */
export function strictAttendingVerbAt(text: string, position: number): boolean {
  return STRICT_ATTENDING_VERB_NEXT.test(text.slice(position, position + VERB_REACH).trimStart());
}

/**
 * True when a period follows `position`, making the count before it a rate.
 *
 * @example
 * rateAt('two million visitors a year', 20) // true
 */
export function rateAt(text: string, position: number): boolean {
  return RATE_AFTER.test(text.slice(position, position + RATE_REACH));
}

/**
 * True when a count is a daily rate of an event that took place: a rate per day or night after the
 * counted words at `nounEnd`, and a past drawing verb before the count at `countStart`.
 *
 * @example
 * eventDailyRate('The fair drew 900 visitors a day', 14, 31) // true
 * eventDailyRate('The museum draws 900 visitors a day', 17, 34) // false
 */
export function eventDailyRate(text: string, countStart: number, nounEnd: number): boolean {
  const before = text.slice(Math.max(0, countStart - ATTENDING_BEFORE_REACH), countStart);
  return DAILY_RATE_AFTER.test(text.slice(nounEnd, nounEnd + RATE_REACH)) && PAST_DRAW_BEFORE.test(before);
}

/**
 * True when the words before `position` make what follows a count of attendees, an event saw it
 * ("the fair saw 2,000 farmers"), or it is the size of a delegation sent to an event ("sent a
 * delegation of 48 writers").
 *
 * @example
 * attendingBefore('It was attended by 300', 19) // true
 */
export function attendingBefore(text: string, position: number): boolean {
  return (
    ATTENDING_BEFORE.test(text.slice(Math.max(0, position - ATTENDING_BEFORE_REACH), position)) ||
    EVENT_SAW_BEFORE.test(text.slice(Math.max(0, position - ATTENDING_BEFORE_REACH), position)) ||
    delegationOfBefore(text, position)
  );
}

/** A standing state after the counted people, no event: "60 students are enrolled", "40 families live". */
const STATUS_AFTER =
  /^\s+(?:are|were|is|was)\s+(?:currently\s+|now\s+|already\s+)?(?:enrol{1,2}ed|studying|employed|based|registered as residents|living)\b|^\s+(?:live|lives|study|studies|work|works)\b/i;

/**
 * True when the counted people are only said to be somewhere for a while, at no event ("where some 60
 * students are enrolled").
 *
 * @example
 * statusAt('where 60 students are enrolled', 18) // true
 */
export function statusAt(text: string, position: number): boolean {
  return STATUS_AFTER.test(text.slice(position, position + 40));
}

/** An event drawing, attracting or welcoming the count after it, with a qualifier between. */
const DRAWN_BEFORE =
  /\b(?:drew|drawn|attracted|welcomed|(?:brought|brings|bring|bringing) together|gathered)\s+(?:(?:some|about|around|nearly|almost|over|more than|up to|roughly|approximately)\s+)?$/i;

/**
 * True when an event draws the count right after `position`: "the field day drew some 400".
 *
 * @example
 * drawnBefore('The fair drew some 400', 20) // true
 */
export function drawnBefore(text: string, position: number): boolean {
  return DRAWN_BEFORE.test(text.slice(Math.max(0, position - ATTENDING_BEFORE_REACH), position));
}

/**
 * True when the words before `position` make the people counted after it the field of a contest or
 * an audience: "this year's field included 1,200 pupils".
 *
 * @example
 * fieldBefore('The field included 900', 19) // true
 */
export function fieldBefore(text: string, position: number): boolean {
  return FIELD_BEFORE.test(text.slice(Math.max(0, position - ATTENDING_BEFORE_REACH), position));
}

/**
 * True when the words before `position` make what follows a workforce, a toll, a goal or a rank.
 *
 * @example
 * notAttendingBefore('The firm employs 12,000', 17) // true
 */
export function notAttendingBefore(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - NOT_ATTENDING_BEFORE_REACH), position);
  return NOT_ATTENDING_BEFORE.test(before) || RANK_BEFORE.test(before);
}

/**
 * True when the counted words are a forecast, not people who came.
 *
 * @example
 * forecastAt('About 900 runners are expected on Sunday', 18) // true
 * forecastAt('About 900 runners attended', 18) // false
 */
export function forecastAt(text: string, position: number): boolean {
  return FORECAST_AFTER.test(text.slice(position, position + 40));
}

/**
 * True when a clause puts people at an event (attended, took part, drew, brought together ...).
 *
 * @example
 * putsPeopleAtEvent('the fair drew 300 buyers') // true
 * putsPeopleAtEvent('the region has 300 teachers') // false
 */
export function putsPeopleAtEvent(clause: string): boolean {
  if (TRAVEL_FOR_EVENT.test(clause)) return true;
  let training = false;
  for (const match of clause.matchAll(ATTENDANCE_CUES)) {
    if (visitsNamedPlace(clause, match.index)) continue;
    if (!TRAINING.test(match[0])) return true;
    training = true;
  }
  return training && TRAINING_EVENT.test(clause);
}

/** A plan or a result put before people: "presented yesterday to some 300 employees". */
const PRESENTED_TO_BEFORE =
  /\b(?:presented|explained|outlined|unveiled|introduced|announced)\s+(?:[\p{L}-]+\s+){0,2}?to\s+$/iu;
/** The meeting they sat in, right after the counted people: "... of the two firms at a plant meeting". */
const AT_MEETING_AFTER =
  /^[^.;:]{0,60}?\bat (?:a|an|the|their|its) (?:[\p{L}-]+\s+){0,3}?(?:meeting|assembly|town hall|briefing|gathering)\b/iu;

/**
 * True when the counted people are the audience a plan was presented to at a meeting: "The deal was
 * presented yesterday to some 300 employees of the two firms at a plant meeting". The meeting makes
 * even staff attendees; an award presented to 30 students names no meeting, and is none.
 *
 * @example
 * audienceAtMeeting('It was presented to 300 employees at a staff meeting.', 20, 36) // true
 * audienceAtMeeting('Awards were presented to 30 students.', 25, 36) // false
 */
export function audienceAtMeeting(text: string, countStart: number, nounEnd: number): boolean {
  const before = text.slice(Math.max(0, countStart - ATTENDING_BEFORE_REACH), countStart);
  return PRESENTED_TO_BEFORE.test(before) && AT_MEETING_AFTER.test(text.slice(nounEnd, nounEnd + 120));
}
