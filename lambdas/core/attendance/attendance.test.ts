import { describe, expect, it } from 'vitest';
import type { AttendanceQualifier } from '../../model/press-record.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';
import { extractAttendance } from './attendance.ts';

function attendanceOf(text: string): Array<[number, AttendanceQualifier]> {
  const release = prepareText(text);
  return extractAttendance(release, parseRelease(release.text)).map((item) => [item.count, item.qualifier]);
}

describe('extractAttendance counts people at an event', () => {
  it.each<[string, string, Array<[number, AttendanceQualifier]>]>([
    ['an exact count, active', 'The gala welcomed 500 guests from the region.', [[500, 'exact']]],
    [
      'an audience "in front of"',
      'The choir sang in Tarvo on Friday in front of 600 people.',
      [[600, 'exact']],
    ],
    ['a crowd estimated by someone', 'Organisers estimated the crowd at 8,000.', [[8000, 'exact']]],
    ['a turnout put at a figure', 'Police put the turnout at about 3,500.', [[3500, 'about']]],
    [
      'the attendees, not the members they represent',
      'Forty delegates representing 9,000 growers attended the forum.',
      [[40, 'exact']],
    ],
    ['"over"', 'Over 150 farmers attended the field day.', [[150, 'over']]],
    ['"more than"', 'The expo drew more than 20,000 visitors.', [[20000, 'over']]],
    ['"above"', 'Above 90 scholars joined the seminar.', [[90, 'over']]],
    ['"upwards of"', 'Upwards of 40 delegates gathered in the hall.', [[40, 'over']]],
    ['"fewer than"', 'Fewer than 30 members turned out for the vote.', [[30, 'under']]],
    ['"under"', 'Under 70 volunteers took part in the cleanup.', [[70, 'under']]],
    ['"nearly"', 'Nearly 160 principals will be attending the summit.', [[160, 'under']]],
    ['"almost"', 'Almost 900 athletes competed in the games.', [[900, 'under']]],
    ['"about"', 'About 18,000 cyclists participated in the tour.', [[18000, 'about']]],
    ['"around"', 'Around 600 teachers attended the workshop.', [[600, 'about']]],
    ['"some"', 'The concert was attended by some 300 fans.', [[300, 'about']]],
    ['"roughly"', 'Roughly 45 researchers took part in the retreat.', [[45, 'about']]],
    ['"approximately"', 'Approximately 1,500 pupils will take part in the drill.', [[1500, 'about']]],
    ['"an estimated"', 'An estimated 2,000 people turned out for the parade.', [[2000, 'about']]],
    ['"up to"', 'The hall can welcome up to 800 attendees.', [[800, 'up-to']]],
    ['passive "attended by"', 'The forum was attended by 300 delegates.', [[300, 'exact']]],
    ['"brought together"', 'The camp brought together over 1,000 youths.', [[1000, 'over']]],
    [
      'people from countries joined',
      '500 participants from 40 countries joined the congress.',
      [[500, 'exact']],
    ],
    ['a number in words', 'Two hundred guests attended the dinner.', [[200, 'exact']]],
    ['a number with scale word', 'Five thousand runners participated in the race.', [[5000, 'exact']]],
    ['millions in digits', 'The festival drew 1.2 million visitors.', [[1200000, 'exact']]],
    ['modifiers before the noun', 'The summit gathered 75 senior foreign officials.', [[75, 'exact']]],
    [
      'people trained on a named day',
      'The league will train more than 60 students in first aid at the town hall on June 4.',
      [[60, 'over']],
    ],
    ['people trained at an event', 'Some 120 farmers were trained at the field day.', [[120, 'about']]],
    [
      'a year dating the event next to a count',
      'About 9,000 athletes marched at the opening of the 2027 Island Games.',
      [[9000, 'about']],
    ],
    ['a bare count before "attend"', 'Of the invitees, 60 will attend in person.', [[60, 'exact']]],
    [
      'a plural the lexicon does not know, before "attended"',
      'Some 40 principals attended.',
      [[40, 'about']],
    ],
    [
      'a bare count that gathered',
      'By noon, 10,000 gathered in the square for the parade.',
      [[10000, 'exact']],
    ],
    ['a bare count in attendance', 'The final was played with 3,000 in attendance.', [[3000, 'exact']]],
    ['an audience of', 'The choir sang to an audience of 2,000.', [[2000, 'exact']]],
    ['attendance reached', 'Attendance reached 15,000 on the last day.', [[15000, 'exact']]],
    ['attendees numbered', 'Attendees numbered 800 on the first day.', [[800, 'exact']]],
    ['crowds of', 'The carnival drew crowds of nearly 100,000.', [[100000, 'under']]],
    ['a count with "+"', 'The expo welcomed 1,000+ buyers.', [[1000, 'over']]],
    ['two dozen', 'Two dozen reporters attended the briefing.', [[24, 'exact']]],
    ['an event that featured people', 'The relay featured 2,500 swimmers.', [[2500, 'exact']]],
    ['race entrants with "with"', 'The club sent the biggest squad, with 140 runners.', [[140, 'exact']]],
    [
      'entrants of a past edition',
      'The relay has grown from 300 entrants in its first year.',
      [[300, 'exact']],
    ],
    [
      'a field that included people',
      "Last month's field included 900 cadets from 20 academies.",
      [[900, 'exact']],
    ],
    [
      'a list of plural nouns before the verb',
      'Over 70 nurses, ward clerks and hospital porters attended the seminar.',
      [[70, 'over']],
    ],
    [
      'a verb after a modifier of the counted noun',
      'Some 35 headteachers from hill villages across the province took part in the retreat.',
      [[35, 'about']],
    ],
    [
      'people who watched an event',
      'Some 45 tenants watched the hearing from the back row.',
      [[45, 'about']],
    ],
    [
      'athletes who entered a race',
      'Some 120 seasoned athletes had entered the triathlon.',
      [[120, 'about']],
    ],
    [
      'schoolchildren who visited',
      'Almost 3,000 schoolchildren visited the science fair.',
      [[3000, 'under']],
    ],
    [
      'an expected count at one event',
      'Organisers expect 4,000 visitors at the weekend show.',
      [[4000, 'exact']],
    ],
    [
      'two counts in one sentence',
      'It was attended by 400 guests in person, while 9,000 viewers joined online.',
      [
        [400, 'exact'],
        [9000, 'exact'],
      ],
    ],
    [
      'the same count twice is listed once',
      'Some 250 delegates attended. Officials said 250 delegates attended.',
      [[250, 'about']],
    ],

    [
      'a list with a noun compromise reads as a verb',
      'Around 420 villagers, engineers and pupils attended the dam inauguration.',
      [[420, 'about']],
    ],
    [
      'a verb-like noun right after the count',
      'Some 60 judges and coaches took part in the clinic.',
      [[60, 'about']],
    ],
    [
      'a number word after "more than", travelling for the event',
      'More than thirty potters and weavers had travelled from Oaxaca and Puebla for the craft fair.',
      [[30, 'over']],
    ],
    ['flying in to take part', 'About 25 pianists flew in to compete in the final round.', [[25, 'about']]],
    [
      'signing up for sessions',
      'The sculptor will hold evening classes; some 35 students of the art college have signed up for them.',
      [[35, 'about']],
    ],
    [
      'what an event drew on each of its days',
      'The riverside food market drew up to 6,000 visitors a day.',
      [[6000, 'up-to']],
    ],
    [
      'thousands set off by a space',
      'The congress gathered more than 11 000 participants at 60 venues.',
      [[11000, 'over']],
    ],
    ['attendance estimated at', 'Attendance was estimated at 65,000 on the final day.', [[65000, 'about']]],
    ['attendance at an event topped', 'Attendance at the regatta topped 9,000.', [[9000, 'exact']]],
    ['"a hundred" after "over"', 'Over a hundred guests celebrated the reopening.', [[100, 'over']]],
    ['a number word before "performed"', 'More than forty dancers performed at the gala.', [[40, 'over']]],
    ['people who turned up', 'About fifty volunteers turned up for the river clean-up.', [[50, 'about']]],
    ['fans who cheered', 'Twelve hundred fans cheered the riders at the finish.', [[1200, 'exact']]],
    [
      'people who marched',
      'More than 3,000 people marched through the old town for the carnival.',
      [[3000, 'over']],
    ],
    ['a venue filled with people', 'The arena was filled with 14,000 supporters.', [[14000, 'exact']]],
    [
      'the same number of other people is another count',
      'Over 50 dancers took part in the parade. About 50 students signed up for its workshops.',
      [
        [50, 'over'],
        [50, 'about'],
      ],
    ],
    [
      'people who travelled to the event',
      'About 50 beekeepers from the hill districts travelled to the congress to share their losses.',
      [[50, 'about']],
    ],
    [
      'people who walked a route',
      'On the last evening, up to 9,000 people walked the lantern trail.',
      [[9000, 'up-to']],
    ],
    ['people who paraded', 'More than 600 dancers paraded through the harbour district.', [[600, 'over']]],
    [
      'people expected to take part in a scheduled session',
      'Some 80 young engineers are expected to take part in a hackathon on Friday.',
      [[80, 'about']],
    ],
    [
      'clubs in a participant phrase are not counted',
      'Some 240 swimmers aged 12 to 15 from 28 clubs in Ostrana and Velmar took part.',
      [[240, 'about']],
    ],
    ['a count before an age range', 'Some 300 pupils aged 6 to 11 attended the fair.', [[300, 'about']]],
    ['a day of a month before the count', 'On 14 June 500 people attended the vigil.', [[500, 'exact']]],
    ['a modal before "attend"', 'Of the invitees, about 30 may attend.', [[30, 'about']]],
    ['the size of a crowd', 'A 6,000-strong crowd cheered the riders home.', [[6000, 'exact']]],
    ['fans who packed a venue', 'The final saw 9,000 fans pack the arena.', [[9000, 'exact']]],
    ['people who danced', 'More than 200 people danced on the pier during the carnival.', [[200, 'over']]],
    ['pupils who sang', 'Some 120 pupils sang at the opening ceremony.', [[120, 'about']]],
    ['a compound people noun', 'About 2,000 trade visitors attended the fair.', [[2000, 'about']]],
    [
      'an edition a year dates',
      'The regatta, which drew 8,000 spectators last year, returns in June.',
      [[8000, 'exact']],
    ],
    [
      'a comparison with last year',
      'The fair drew nearly 9,000 visitors, up by a fifth on last year.',
      [[9000, 'under']],
    ],
    [
      'a visit to an event in lower case',
      'Over 700 pupils visited the book fair on its last day.',
      [[700, 'over']],
    ],
    [
      'a definite repeat of a count is the same count',
      'Some 250 delegates attended the congress. The 250 participants voted on the charter.',
      [[250, 'about']],
    ],
    ['people by a compound agent noun, drawn', 'The field day drew some 400 smallholders.', [[400, 'about']]],
    ['people of a field, attracted', 'The congress attracted more than 300 agronomists.', [[300, 'over']]],
    [
      'people who enrol in an event',
      'More than 60 students enrolled in the workshop on Monday.',
      [[60, 'over']],
    ],
    [
      'a limit on a count after a copula, not an age',
      'Attendance at the fair was over 5,000.',
      [[5000, 'over']],
    ],
    [
      'a past perfect "drawn"',
      'The opening night had drawn nearly 3,000 fans, the club said.',
      [[3000, 'under']],
    ],
    [
      'a verb after the counted noun ends its phrase',
      'More than 400 parents attended the evening sessions.',
      [[400, 'over']],
    ],
    [
      'a list of people that ends in a group word',
      'Nearly 2,000 villagers, pupils and youth groups attended the blessing of the bridge.',
      [[2000, 'under']],
    ],
    [
      'a list with people, brought together',
      'The congress opened in Quito, bringing together over 900 surveyors, planners and officials from 12 countries.',
      [[900, 'over']],
    ],
    [
      'an event expected to draw people',
      'The craft market is open until Friday and is expected to draw some 5,000 visitors.',
      [[5000, 'about']],
    ],
    [
      'things with a count of their own before the people',
      'More than 60 yachts and some 300 sailors took part in the race.',
      [[300, 'about']],
    ],
    [
      'the size of a delegation that attended',
      'A six-member delegation from the chamber of commerce, led by its president, also attended the fair.',
      [[6, 'exact']],
    ],
    [
      'the size of a contingent that took part',
      'A 12-strong contingent of cadets took part in the parade.',
      [[12, 'exact']],
    ],
    [
      'a count of places before a list with people, no verb of theirs',
      'The fair was attended by 250 people, including chiefs from 14 villages, fishing groups and officials.',
      [[250, 'exact']],
    ],
    [
      'a count reported after "told ... that"',
      'The mayor told the council that more than 600 delegates attended the forum.',
      [[600, 'over']],
    ],
    [
      'a crowd verb after a plural',
      'Around 4,500 villagers crowded into the square in Belvoro to see the lantern parade.',
      [[4500, 'about']],
    ],
    [
      'people thronging a route',
      'More than 5,000 residents thronged the avenue as the procession passed.',
      [[5000, 'over']],
    ],
    [
      '"had taken part" after a list',
      'Some 90 herders and dairy farmers had taken part in the hearings at Orsk since spring.',
      [[90, 'about']],
    ],
    [
      'two modifiers joined before the counted noun',
      'Over 70 painting and sculpture students from the Kessel Academy (KA) took part in a masterclass.',
      [[70, 'over']],
    ],
    ['people witnessing an event', 'The unveiling was witnessed by over 500 people.', [[500, 'over']]],
    ['an audience before a performance', 'The derby was played before 15,000 fans.', [[15000, 'exact']]],
    [
      'an event that saw people',
      'The harvest festival saw more than 2,000 farmers from Kessel.',
      [[2000, 'over']],
    ],
    ['people gracing an occasion', 'Over 400 dignitaries graced the occasion in Marvo.', [[400, 'over']]],
    ['people on hand', 'Around 300 parents were on hand for the prize-giving.', [[300, 'about']]],
    [
      'people taking to the streets',
      'More than 1,000 residents took to the streets for the lantern carnival.',
      [[1000, 'over']],
    ],
    [
      "the previous edition's count after a comparison",
      'About 6,400 visitors attended the kite festival, the organisers said, up from 5,100 last year.',
      [
        [6400, 'about'],
        [5100, 'exact'],
      ],
    ],
    [
      'people who witnessed an event',
      'Some 420 pupils, parents and teachers witnessed the unveiling of the mural in Kestrow.',
      [[420, 'about']],
    ],
    [
      'an unknown plural who raced',
      'More than 800 rowers from 27 clubs raced on the Morvale reservoir over the weekend.',
      [[800, 'over']],
    ],
    [
      'a crowd "estimated at" a figure',
      'A crowd estimated at 6,500 filled the square in Dunmere for the fireworks.',
      [[6500, 'about']],
    ],
    ['an audience "was estimated at"', 'The audience was estimated at 1,200.', [[1200, 'about']]],
    ['a crowd "put at" a figure', 'The crowd put at 7,000 sang along.', [[7000, 'exact']]],
    ['onlookers drawn by an event', 'The parade drew an estimated 15,000 onlookers.', [[15000, 'about']]],
    ['"-plus" after the count', 'The reunion drew 700-plus alumni to the campus.', [[700, 'over']]],
    [
      'a list item apart from the next one',
      '- The night market drew up to 900 people a night.\n- A team of 30 people ran 12 stalls.',
      [[900, 'up-to']],
    ],
    [
      'the body restating a headline count with other words',
      'Sixty young potters meet in Ravenholt\n\nSixty apprentices from twelve towns are taking part in the pottery camp this week.',
      [[60, 'exact']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(attendanceOf(text)).toEqual(expected);
  });
});

describe('extractAttendance leaves out what is not attendance', () => {
  it.each<[string, string]>([
    ['countries', 'Ministers from 67 nations and 40 countries attended the talks.'],
    ['companies', 'The fair brought together 463 companies and 2,071 booths.'],
    ['exhibitors', 'The book fair drew more than 4,300 exhibitors.'],
    ['employees', 'The firm trained 3,000 employees at its plant.'],
    ['staff', 'Over 200 staff joined the company this year.'],
    ['money', 'Each winner took home $45,000 at the race.'],
    ['a share of people', 'As many as 9 out of 10 people who attended the class passed.'],
    ['a percentage', 'Attendance rose 19 percent from last year.'],
    ['a vague quantity', 'Dozens of fans and hundreds of residents attended the rally.'],
    ['people not attending anything', 'The conflict displaced more than 33,000 civilians.'],
    ['students sent abroad, not at an event', 'The scholarship will send 10 students to Lisbon.'],
    ['a count of sessions', 'Experts spoke at over 40-panel discussions during the forum.'],
    ['an ordinal', 'The 14th congress was attended by delegates.'],
    ['years of experience', 'With more than 60 years of experience, the academy trains medics.'],
    [
      'trainees of a programme',
      'The airline said it would train 14 cabin crew from the region at its academy.',
    ],
    [
      'trainees after "training of"',
      'The grant pays for the training of nine midwives from Laos and Nepal over two years.',
    ],
    ['a forecast after the count', 'Organisers said more than 3,000 visitors are expected at the fair.'],
    ['a forecast before the count', 'The carnival is expected to draw 40,000 revellers to the seafront.'],
    ['a body that expects to draw people', 'The resort expects to draw 40,000 tourists to the seafront.'],
    ['a share of visitors', 'A survey found that one in four visitors came from abroad.'],
    ['people trained every quarter', 'The plant will host a workshop for 40 welders every quarter.'],
    ['a group that sits rather than attends', 'A five-member panel will judge the entries at the fair.'],
    ['a group that met someone', 'A four-member delegation met the governor on Monday.'],
    ['a group that visited a site', 'A seven-member team visited the dam last week.'],
    ['a year dating an event name', 'Athletes marched in the parade of the 2027 Island Games.'],
    ['a count of items', 'Visitors attended a display of 300 paintings.'],
    ['countries said to attend', 'Over 30 countries attended the summit.'],
    ['countries after "attendance of"', 'It saw the attendance of more than 60 countries.'],
    ['people at no event', 'The region has 40,000 residents and 300 teachers.'],
    ['a workforce', 'The firm, which employs 12,000 people, hosted the expo.'],
    [
      'the members a body represents',
      'The Kessu Cooperative, which represents 800 farmers, welcomed the plan.',
    ],
    ['a student body', 'The college, which has 30,000 students, hosted the congress.'],
    ['an enrolment', 'The academy, which hosted the games, enrolls about 9,000 students.'],
    [
      'an attending verb in another clause',
      'Officials who attended the launch said 2 million people would benefit.',
    ],
    ['people harmed', 'The storm displaced 3,000 people before the festival.'],
    ['schools taking part', 'Over 150 schools participated in the quiz.'],
    ['a field of crops', 'The field included 30 hectares of maize.'],
    ['a target of visitors', 'The minister set a target of three million visitors for the region.'],
    ['an aim to attract tourists', 'The board aims to attract 500,000 tourists to the coast.'],
    ['visitors per year', 'The new terminal will handle 8 million visitors a year.'],
    ['runners counted annually', 'The park counts 20,000 runners annually on its trails.'],
    ['a rank of finishers', 'Prizes go to the top five finishers in the sprint.'],
    ['staff who joined a firm', 'More than 300 workers joined the plant last spring.'],
    ['patients in a list, no attending verb', 'The clinic treated 80 patients, carers and porters.'],
    [
      'a verb of another clause after a modifier',
      'Some 35 headteachers from towns that joined the scheme voted.',
    ],
    [
      'a modifier before a verb that attends nothing',
      '35 headteachers from hill villages signed the letter.',
    ],
    ['a list that ends in another count', 'It has 50 nurses and 10 schools joined the scheme.'],
    [
      'an unknown plural without an attending verb',
      'The summit approved 12 resolutions and its delegates voted.',
    ],

    ['bands that performed', 'Some 40 bands performed at the carnival.'],
    ['things that performed', 'The 12 funds performed well this year.'],
    ['a month, not a march', 'In March 300 pupils improved their marks.'],
    ['a performance, not a performer', 'Some 300 pupils improved their performance.'],
    ['attendance stated as a yearly rate', 'Attendance at the zoo is 2 million a year.'],
    ["a place's habitual daily traffic", 'The aquarium draws 4,000 visitors a day in summer.'],
    ['passengers expected per day', 'The operator expects about 2,500 passengers a day on the line.'],
    ['patients seen per day', 'The field hospital saw 300 patients a day during the outbreak.'],
    ['a yearly rate after a past verb', 'The gallery attracted two million visitors a year.'],
    ['travel with no event', 'Around 200 labourers travelled north for the harvest.'],
    ['travel for the first time', 'Some 40 farmers travelled for the first time to the capital.'],
    ['workers who travelled', 'Some 80 workers travelled to the plant for the opening.'],
    ['customers who signed up', 'More than 9,000 customers signed up for the service.'],
    ['a year read as a count before a verb', 'In short, 2027 marks the tenth edition of the show.'],
    ['a verb-like noun with no attending verb', 'The league has 40 judges and 90 coaches.'],
    [
      'tourists who visited a country over a year',
      'More than 40,000 Tarvian tourists visited Ostrana last year.',
    ],
    ['visitors to a region in a given year', 'Some 12,000 hikers visited the Kessu Highlands in 2024.'],
    [
      'a delegation on a visit to a country',
      'She is leading a delegation of nine surgeons on a visit to Velmar.',
    ],
    [
      'women a workshop trains',
      'The cooperative, whose studio trains more than 40 young women, hosted the fair.',
    ],
    ['families a shelter houses', 'The centre houses 120 families and hosted the festival.'],
    [
      'players invited to another event',
      'The federation has invited eleven athletes from the meeting to a training camp in May.',
    ],
    ['a forecast with no part taken', 'About 5,000 fans are expected during the week.'],
    ['a forecast after a compound people noun', 'About 1,500 trade visitors are expected.'],
    ['the size of a team', 'A 30-strong squad flew in for the meet.'],
    ['the top of an age range', 'Swimmers aged 9 to 70 took part.'],
    ['an age range with "between"', 'Dancers aged between 12 and 16 performed at the gala.'],
    ['things packed', 'The cooperative will pack 300 boxes of mangoes.'],
    ['a museum traffic over a year', 'The maritime museum attracted 310,000 visitors in 2025.'],
    ['a hotel guests over a year', 'The lodge welcomed 12,000 guests last year.'],
    [
      'an age limit after a copula',
      'Organisers said a third of the runners who took part were under 18, and most came from the city.',
    ],
    ['things by an -ers ending, drawn', 'The fair drew some 400 containers of produce.'],
    [
      'students enrolled at a university',
      'The visit ends at the university, where some 60 Kyrgyz students are enrolled.',
    ],
    ["a person's family", 'Tom Reyes, who walked the 5 km route with his two children, said it was fun.'],
    ['runners a first-aid team treated', 'Paramedics treated 31 runners for heat exhaustion.'],
    ['swimmers a lifeboat crew rescued', 'The crew rescued 12 swimmers during the regatta.'],
    [
      'people who staff an event',
      'The clinic was staffed by 40 doctors and midwives who registered patients for the screening day.',
    ],
    [
      'people who help at an event',
      'The walk was supported by about 90 volunteers who welcomed runners at each checkpoint.',
    ],
    ['people queueing, not a crowd', 'About 2,000 residents lined up for flu shots at the depot.'],
    ['a year that saw people harmed', 'The year saw 2,000 farmers lose their crops to drought.'],
    ['people who will present, not who are present', 'Some 40 students will present their theses next term.'],
    ['the people of a place', 'The fair, held in a town of 20,000 people, opened on Friday.'],
    ['people polled', 'A survey of 1,200 visitors at the fair found most were satisfied.'],
    ['things lining a route', 'Some 200 stalls lined the quay as the procession passed.'],
    [
      'a comparison of another count than attendance',
      'Patrol boats found 38 trawlers at the regatta, up from 21 the year before.',
    ],
    ['a range of counts with one noun', 'Between 30 and 40 chairs were set out in the hall.'],
    [
      "an event in the frame of a report, not in the count's clause",
      'The chairman told the gathering that more than 80 young people had already applied.',
    ],
    ['crews, not people', 'In total 140 crews entered the dragon boat regatta at Lake Orrin.'],
    ['squads, not people', 'Some 16 squads competed in the five-a-side cup.'],
    ['the staff of an event', "The museum's staff of 45 people looked after the visitors at the open day."],
    [
      'colleagues worked alongside, not the people who took part',
      'Doctors from Halvik took part in the clinic week, working alongside some 25 nurses of the district hospital.',
    ],
    ['a year ending the name of an event', 'Tradefair 2026 witnessed the signing of three deals.'],
    ['racing, the activity of a race', 'The regatta ended after four days of racing off Carrow Point.'],
  ])('%s', (_name, text) => {
    expect(attendanceOf(text)).toEqual([]);
  });
});

describe('extractAttendance text', () => {
  it('is the clause that states the count, a slice of the input', () => {
    const text = 'The gala was attended by over 3,000 guests, while more than 22,000 viewers joined online.';
    const release = prepareText(text);
    const items = extractAttendance(release, parseRelease(release.text));
    expect(items.map((item) => item.text)).toEqual([
      'The gala was attended by over 3,000 guests',
      'while more than 22,000 viewers joined online',
    ]);
    for (const item of items) expect(text).toContain(item.text);
  });

  it('is the body sentence for a count the headline states first', () => {
    const text =
      'Sixty young potters meet in Ravenholt\n\nSixty apprentices from twelve towns are taking part in the pottery camp this week.';
    const release = prepareText(text);
    expect(extractAttendance(release, parseRelease(release.text)).map((item) => item.text)).toEqual([
      'Sixty apprentices from twelve towns are taking part in the pottery camp this week',
    ]);
  });
});

describe('extractAttendance: the people of a place at a meeting', () => {
  it.each<[string, string, Array<[number, AttendanceQualifier]>]>([
    [
      'residents drawn by a consultation',
      'A public hearing on the Kelmor bypass, held in the town hall in May, drew more than 200 residents.',
      [[200, 'over']],
    ],
    [
      'villagers who took part',
      'Some 90 villagers took part in the clean-up of the Orvel shore.',
      [[90, 'about']],
    ],
    [
      'residents a clinic screened are served, not attending',
      'The clinic screened 1,200 residents for the trial.',
      [],
    ],
    [
      'residents of a place are no crowd',
      'The Kelmor bypass will relieve 3,000 residents of heavy traffic.',
      [],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(attendanceOf(text)).toEqual(expected);
  });
});

describe('extractAttendance: a crowd told ahead, and an audience at a meeting', () => {
  it.each<[string, string, Array<[number, AttendanceQualifier]>]>([
    [
      'the crowd organisers expect',
      'The next clinic day is on Friday in Orvel, where organisers expect some 500 people.',
      [[500, 'about']],
    ],
    ['what a city expects is no crowd', 'The city of Orvel expects 2,000 new residents by 2030.', []],
    [
      'staff a plan was presented to at a meeting',
      'The merger was presented yesterday to some 250 employees of the two mills at a staff meeting in Lisvane.',
      [[250, 'about']],
    ],
    [
      'an award presented to students names no meeting',
      'Prizes were presented to 30 students of the Lisvane school.',
      [],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(attendanceOf(text)).toEqual(expected);
  });
});
