import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';
import type { Entities } from '../types.ts';
import { extractQuotes } from './quotes.ts';

/** Hand-built entities, as the entity extractor would list them (mentions left for the quote module). */
const ENTITIES: Entities = {
  people: [
    { name: 'Amara Okonkwo-Reyes', aliases: ['Okonkwo-Reyes'], title: 'Minister of Water' },
    { name: 'Tomasz Wieczorek', aliases: [] },
    { name: 'Li Wenjun', aliases: [] },
    { name: 'Priya Raghunathan', aliases: ['Dr. Raghunathan'] },
  ],
  organizations: [
    { name: 'Northwind Harbour Authority', aliases: ['NHA'] },
    { name: 'Bluefin Analytics', aliases: [] },
  ],
  locations: [{ name: 'Port Elowen' }],
  mentions: [],
};

function quotesOf(text: string, entities: Entities = ENTITIES): Quote[] {
  const release = prepareText(text);
  return extractQuotes(release, parseRelease(release.text), entities);
}

const direct = (speaker: string, text: string): Quote => ({ speaker, text, type: 'direct' });
const indirect = (speaker: string, text: string): Quote => ({ speaker, text, type: 'indirect' });

describe('extractQuotes: direct quotes in every quotation style', () => {
  it.each<[string, string, Quote[]]>([
    [
      'straight marks, speaker after',
      '"The new pier will double our capacity," said Tomasz Wieczorek, director of the port.',
      [direct('Tomasz Wieczorek', 'The new pier will double our capacity')],
    ],
    [
      'curly marks, surname before the verb',
      '“We have waited ten years for this day,” Okonkwo-Reyes said.',
      [direct('Amara Okonkwo-Reyes', 'We have waited ten years for this day')],
    ],
    [
      'guillemets',
      '«Every school will get clean water by spring,» said Amara Okonkwo-Reyes.',
      [direct('Amara Okonkwo-Reyes', 'Every school will get clean water by spring')],
    ],
    [
      'single curly marks around a full statement',
      '‘Our data shows the tide is turning,’ said Li Wenjun.',
      [direct('Li Wenjun', 'Our data shows the tide is turning')],
    ],
    [
      'mixed straight opening and curly closing mark',
      '"Nobody expected such a crowd,” said Li Wenjun.',
      [direct('Li Wenjun', 'Nobody expected such a crowd')],
    ],
    [
      'speaker before, with a colon',
      'Li Wenjun said: "The figures are better than we hoped."',
      [direct('Li Wenjun', 'The figures are better than we hoped.')],
    ],
    [
      'speaker before, with a comma',
      'In a radio interview, Tomasz Wieczorek stated, "We will not raise fees this year."',
      [direct('Tomasz Wieczorek', 'We will not raise fees this year.')],
    ],
    [
      'speaker after an appositive naming an organization',
      '"Ships will dock faster," said Tomasz Wieczorek, chief engineer of Bluefin Analytics.',
      [direct('Tomasz Wieczorek', 'Ships will dock faster')],
    ],
    [
      'a name after a dash',
      '“Clean water is a right, not a favour.” — Amara Okonkwo-Reyes, Minister of Water',
      [direct('Amara Okonkwo-Reyes', 'Clean water is a right, not a favour.')],
    ],
    [
      'according to, after the quote',
      '"Rainfall will be below average," according to Li Wenjun.',
      [direct('Li Wenjun', 'Rainfall will be below average')],
    ],
    [
      'a long appositive between the name and the verb',
      '"We kept every berth open," Tomasz Wieczorek, who has run the port since last spring, said.',
      [direct('Tomasz Wieczorek', 'We kept every berth open')],
    ],
    [
      'a name and a colon',
      'Li Wenjun: "The model predicted the flood two days early."',
      [direct('Li Wenjun', 'The model predicted the flood two days early.')],
    ],
    [
      'a verb with a phrase before the colon',
      'Tomasz Wieczorek said in a statement: "The quay is safe again."',
      [direct('Tomasz Wieczorek', 'The quay is safe again.')],
    ],
    [
      'a verb that reports only a quote or a "that" clause',
      '"That is the best result in a decade," concluded Li Wenjun.',
      [direct('Li Wenjun', 'That is the best result in a decade')],
    ],
    [
      '"it" for an organization that opened the previous sentence',
      'Bluefin Analytics released its forecast. "Demand will rise in every quarter," it said.',
      [direct('Bluefin Analytics', 'Demand will rise in every quarter')],
    ],
    [
      'organization as speaker',
      '"The harbour is open to all vessels again," the Northwind Harbour Authority said.',
      [direct('Northwind Harbour Authority', 'The harbour is open to all vessels again')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('extractQuotes: quotes split by attribution, over paragraphs, without a verb of their own', () => {
  it.each<[string, string, Quote[]]>([
    [
      'a quote interrupted by "he said" is two quotes',
      'Tomasz Wieczorek spoke first. "The cranes are new," he said, "and the crews are trained."',
      [
        direct('Tomasz Wieczorek', 'The cranes are new'),
        direct('Tomasz Wieczorek', 'and the crews are trained.'),
      ],
    ],
    [
      'a second quote after the attributed one takes its speaker',
      '"We listened to the fishermen," said Li Wenjun. "Their advice shaped the plan."',
      [
        direct('Li Wenjun', 'We listened to the fishermen'),
        direct('Li Wenjun', 'Their advice shaped the plan.'),
      ],
    ],
    [
      'a quote over two paragraphs, the second reopening with a mark, is one quote per paragraph',
      'Li Wenjun said: "The first phase ends in May.\n\n"The second phase starts when the funds arrive."',
      [
        direct('Li Wenjun', 'The first phase ends in May.'),
        direct('Li Wenjun', 'The second phase starts when the funds arrive.'),
      ],
    ],
    [
      'the second quote of a paragraph runs on into the next paragraph',
      '"The cranes are ready," Li Wenjun said. "The crews start on Monday.\n\n"The ships follow a week later."',
      [
        direct('Li Wenjun', 'The cranes are ready'),
        direct('Li Wenjun', 'The crews start on Monday.'),
        direct('Li Wenjun', 'The ships follow a week later.'),
      ],
    ],
    [
      'a paragraph that is only a quote follows an attributed statement',
      'Li Wenjun said the survey covered every district.\n\n“We counted each household twice to be sure of the result.”',
      [
        indirect('Li Wenjun', 'the survey covered every district'),
        direct('Li Wenjun', 'We counted each household twice to be sure of the result.'),
      ],
    ],
    [
      'a quoted sentence of its own goes on for the speaker of the sentence before it',
      'Tomasz Wieczorek said that the pier had cost more than planned. “Boats wait an hour less now. Crews sleep at home.”',
      [
        indirect('Tomasz Wieczorek', 'the pier had cost more than planned'),
        direct('Tomasz Wieczorek', 'Boats wait an hour less now. Crews sleep at home.'),
      ],
    ],
    [
      'a sentence that reports nothing stands between: the quoted sentence is nobody’s',
      'Tomasz Wieczorek said that the pier had cost more than planned. The ferry sails at noon. "Boats wait an hour less now."',
      [indirect('Tomasz Wieczorek', 'the pier had cost more than planned')],
    ],
    [
      'a quotation inside a longer sentence inherits nothing from the sentence before',
      'Tomasz Wieczorek said that the pier had cost more than planned. "Boats wait an hour less now" was painted on the wall.',
      [indirect('Tomasz Wieczorek', 'the pier had cost more than planned')],
    ],
    [
      'a quote introduced by a participle takes the clause subject',
      'Li Wenjun praised the volunteers, adding, "Without them we would still be counting."',
      [direct('Li Wenjun', 'Without them we would still be counting.')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("extractQuotes: a participle after a quotation reports for the quotation's speaker", () => {
  it.each<[string, string, Quote[]]>([
    [
      'a pronoun speaker after a long quotation',
      'Li Wenjun opened the dock.\n\n“We spent eleven winters planning a harbour that the whole coast could use,” she said, adding that fishermen had asked for it for decades.',
      [
        direct('Li Wenjun', 'We spent eleven winters planning a harbour that the whole coast could use'),
        indirect('Li Wenjun', 'fishermen had asked for it for decades'),
      ],
    ],
    [
      'a title as the speaker, "stressing that"',
      'Amara Okonkwo-Reyes visited the plant.\n\n“Every tap in every village of this province will run clean by the end of the decade,” the minister said, stressing that the budget had already been approved.',
      [
        direct(
          'Amara Okonkwo-Reyes',
          'Every tap in every village of this province will run clean by the end of the decade',
        ),
        indirect('Amara Okonkwo-Reyes', 'the budget had already been approved'),
      ],
    ],
    [
      'the speaker of the verb, not a name inside the quotation',
      '“Tomasz Wieczorek rebuilt this quay with his own crews over many hard years,” Li Wenjun said, noting that the port would name a berth after him.',
      [
        direct('Li Wenjun', 'Tomasz Wieczorek rebuilt this quay with his own crews over many hard years'),
        indirect('Li Wenjun', 'the port would name a berth after him'),
      ],
    ],
    [
      'an inverted attribution, then "saying that"',
      '“The tide tables are wrong again this spring, and the pilots know it,” said Tomasz Wieczorek, saying that new gauges had been ordered.',
      [
        direct('Tomasz Wieczorek', 'The tide tables are wrong again this spring, and the pilots know it'),
        indirect('Tomasz Wieczorek', 'new gauges had been ordered'),
      ],
    ],
    [
      'a participle with a noun phrase but no clause reports nothing',
      '“We raised far more money this year than any of us had dared to hope,” she said, adding a word of thanks. Li Wenjun chaired the board.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('extractQuotes: reported speech', () => {
  it.each<[string, string, Quote[]]>([
    [
      'said that',
      'Tomasz Wieczorek said that the harbour will reopen on Monday.',
      [indirect('Tomasz Wieczorek', 'the harbour will reopen on Monday')],
    ],
    [
      'said without "that"',
      'Li Wenjun said the survey will be repeated next year.',
      [indirect('Li Wenjun', 'the survey will be repeated next year')],
    ],
    [
      'emphasised with a noun phrase',
      'Amara Okonkwo-Reyes emphasised the need for cleaner rivers.',
      [indirect('Amara Okonkwo-Reyes', 'the need for cleaner rivers')],
    ],
    [
      'pointed out that, after an adverb',
      'Li Wenjun also pointed out that rainfall has dropped for three years.',
      [indirect('Li Wenjun', 'rainfall has dropped for three years')],
    ],
    [
      'called for',
      'Tomasz Wieczorek called for closer cooperation between the two ports.',
      [indirect('Tomasz Wieczorek', 'closer cooperation between the two ports')],
    ],
    [
      'urged an addressee to act',
      'Amara Okonkwo-Reyes urged farmers to register their wells before June.',
      [indirect('Amara Okonkwo-Reyes', 'farmers to register their wells before June')],
    ],
    [
      'expressed readiness',
      'Li Wenjun expressed readiness to share the data with other cities.',
      [indirect('Li Wenjun', 'readiness to share the data with other cities')],
    ],
    [
      'a participle after a named subject',
      'Amara Okonkwo-Reyes opened the plant, highlighting the role of local engineers.',
      [indirect('Amara Okonkwo-Reyes', 'the role of local engineers')],
    ],
    [
      'two statements chained with "adding that"',
      'Li Wenjun noted that prices fell in spring, adding that demand stayed high.',
      [indirect('Li Wenjun', 'prices fell in spring'), indirect('Li Wenjun', 'demand stayed high')],
    ],
    [
      'a reported clause ending in a quotation gives both: the clause reported, the words quoted',
      'Li Wenjun said the new pier was "built to last a century."',
      [
        indirect('Li Wenjun', 'the new pier was "built to last a century."'),
        direct('Li Wenjun', 'built to last a century.'),
      ],
    ],
    [
      'a longer reported clause ending in a quotation reports more and stays',
      'Li Wenjun said that after three dry summers and two floods, the harbour town now counts the pier as "its best defence."',
      [
        indirect(
          'Li Wenjun',
          'after three dry summers and two floods, the harbour town now counts the pier as "its best defence."',
        ),
        direct('Li Wenjun', 'its best defence.'),
      ],
    ],
    [
      'quoted as saying',
      'Li Wenjun was quoted as saying that the gauges had been recalibrated.',
      [indirect('Li Wenjun', 'the gauges had been recalibrated')],
    ],
    [
      'went on to say',
      'Tomasz Wieczorek went on to say that night sailings would resume in April.',
      [indirect('Tomasz Wieczorek', 'night sailings would resume in April')],
    ],
    [
      'a bare clause whose subject carries a relative clause',
      'Li Wenjun said skippers who fish the outer banks had asked for a new breakwater for years.',
      [indirect('Li Wenjun', 'skippers who fish the outer banks had asked for a new breakwater for years')],
    ],
    [
      'set phrases after "said" report nothing',
      'Tomasz Wieczorek said thanks to the divers who helped. Li Wenjun said goodbye to the crew that built the pier.',
      [],
    ],
    [
      'a statement ends where another subject\'s statement turns in with "while"',
      'Li Wenjun said the storm season had ended early, while Tomasz Wieczorek noted that the dykes had held.',
      [
        indirect('Li Wenjun', 'the storm season had ended early'),
        indirect('Tomasz Wieczorek', 'the dykes had held'),
      ],
    ],
    [
      'a comma and "but" turn to another subject',
      'Tomasz Wieczorek said tolls would rise, but Bluefin Analytics predicted that traffic would fall.',
      [indirect('Tomasz Wieczorek', 'tolls would rise'), indirect('Bluefin Analytics', 'traffic would fall')],
    ],
    [
      '"but" with no subject chains to the same speaker',
      'Li Wenjun said exports rose, but noted that imports fell.',
      [indirect('Li Wenjun', 'exports rose'), indirect('Li Wenjun', 'imports fell')],
    ],
    [
      '"and" inside the reported subject turns nothing',
      'Li Wenjun said the council and its advisers stressed the need for new dykes.',
      [indirect('Li Wenjun', 'the council and its advisers stressed the need for new dykes')],
    ],
    [
      'underscored, reaffirmed and cautioned before "that"',
      'Li Wenjun underscored that the tide gauges work. Tomasz Wieczorek reaffirmed that the quay opens in May. Li Wenjun cautioned that repairs take time.',
      [
        indirect('Li Wenjun', 'the tide gauges work'),
        indirect('Tomasz Wieczorek', 'the quay opens in May'),
        indirect('Li Wenjun', 'repairs take time'),
      ],
    ],
    [
      'assured an addressee that',
      'Tomasz Wieczorek assured fishermen that the berths would stay free.',
      [indirect('Tomasz Wieczorek', 'the berths would stay free')],
    ],
    [
      'voiced hope',
      'Li Wenjun voiced hope that the survey would be funded again.',
      [indirect('Li Wenjun', 'hope that the survey would be funded again')],
    ],
    [
      'no speech without a clause: predicted, cautioned against, reaffirming a reputation',
      'Li Wenjun predicted heavy rain. Tomasz Wieczorek cautioned against haste. The fair closed, reaffirming its reputation as a trade hub.',
      [],
    ],
    [
      'two statements joined by "and"',
      'Tomasz Wieczorek said the dredging is finished and urged captains to use the new channel.',
      [
        indirect('Tomasz Wieczorek', 'the dredging is finished'),
        indirect('Tomasz Wieczorek', 'captains to use the new channel'),
      ],
    ],
    [
      'according to, after the clause',
      'Cargo volumes rose by a third, according to a report from Bluefin Analytics.',
      [indirect('Bluefin Analytics', 'Cargo volumes rose by a third')],
    ],
    [
      'according to, before the clause',
      'According to the Northwind Harbour Authority, the channel is now twelve metres deep.',
      [indirect('Northwind Harbour Authority', 'the channel is now twelve metres deep')],
    ],
    [
      'according to a source named earlier',
      'Exports doubled, according to a study by Bluefin Analytics. Imports fell slightly, according to the study.',
      [
        indirect('Bluefin Analytics', 'Exports doubled'),
        indirect('Bluefin Analytics', 'Imports fell slightly'),
      ],
    ],
    [
      'a time phrase before "that"',
      'Li Wenjun said on Monday that the flood barrier held.',
      [indirect('Li Wenjun', 'the flood barrier held')],
    ],
    [
      'a bare weekday before the clause',
      'Tomasz Wieczorek said Tuesday the ferry will resume service.',
      [indirect('Tomasz Wieczorek', 'the ferry will resume service')],
    ],
    [
      'the verb and the speaker after the clause',
      'The quay reopens in May, said Tomasz Wieczorek, the port director.',
      [indirect('Tomasz Wieczorek', 'The quay reopens in May')],
    ],
    [
      'reported that',
      'The NHA reported that arrivals doubled in the first half.',
      [indirect('Northwind Harbour Authority', 'arrivals doubled in the first half')],
    ],
    [
      'a bracketed aside and "today" between subject and verb',
      'Bluefin Analytics (NASDAQ: BFA) today announced that it will open an office in Port Elowen.',
      [indirect('Bluefin Analytics', 'it will open an office in Port Elowen')],
    ],
    [
      'a comma-enclosed adverb and "on Monday" before the verb',
      'Li Wenjun, meanwhile, said that the NHA on Monday approved the budget.',
      [indirect('Li Wenjun', 'the NHA on Monday approved the budget')],
    ],
    [
      'a postposed "the company said" with a time phrase, after a dateline',
      'PORT ELOWEN, 3 May 2026 – Bluefin Analytics has moved its data centre, the company said on Tuesday.',
      [indirect('Bluefin Analytics', 'Bluefin Analytics has moved its data centre')],
    ],
    [
      'a postposed organization with a long name',
      'Ferry fares will fall by a tenth, the Northwind Harbour Authority said.',
      [indirect('Northwind Harbour Authority', 'Ferry fares will fall by a tenth')],
    ],
    [
      'an organization in a relative clause before the verb',
      'The Northwind Harbour Authority (NHA), which runs the quay, announced that night berths will open.',
      [indirect('Northwind Harbour Authority', 'night berths will open')],
    ],
    [
      '"about" before a number is no preposition',
      'Li Wenjun said about 4,000 households had signed up.',
      [indirect('Li Wenjun', 'about 4,000 households had signed up')],
    ],
    [
      'a postposed "he added"',
      'Tomasz Wieczorek thanked the crews. The new schedule starts in autumn, he added.',
      [indirect('Tomasz Wieczorek', 'The new schedule starts in autumn')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('extractQuotes: speaker resolution', () => {
  it.each<[string, string, Quote[]]>([
    [
      'a pronoun goes to the previous subject, not to a person named later in that sentence',
      'Li Wenjun met Tomasz Wieczorek at the pier. She said the tests were a success.',
      [indirect('Li Wenjun', 'the tests were a success')],
    ],
    [
      'a pronoun in a quote attribution skips names inside the quote',
      'Li Wenjun opened the session.\n\n"I thank Tomasz Wieczorek for his help," she said.',
      [direct('Li Wenjun', 'I thank Tomasz Wieczorek for his help')],
    ],
    [
      '"the minister" goes to the person with that title',
      'Amara Okonkwo-Reyes toured the plant with Li Wenjun. "This plant serves half the region," said the minister.',
      [direct('Amara Okonkwo-Reyes', 'This plant serves half the region')],
    ],
    [
      'a title given before the name is used too',
      'Mayor Tomasz Wieczorek met Li Wenjun. "We start tomorrow," the mayor said.',
      [direct('Tomasz Wieczorek', 'We start tomorrow')],
    ],
    [
      'a title accredited "to" a place, before the name, is used too',
      'Chile’s Ambassador to Kenya Tomasz Wieczorek met Li Wenjun. "We start tomorrow," the ambassador said.',
      [direct('Tomasz Wieczorek', 'We start tomorrow')],
    ],
    [
      'a title before a verb and "to" describes no one after them',
      'A letter from the Ambassador went to Tomasz Wieczorek. "We start tomorrow," the ambassador said.',
      [],
    ],
    [
      '"according to the organizers" goes to the body named as organizing the event',
      'The regatta, organized by Bluefin Analytics, opened at noon. Some 400 sailors took part, according to the organizers.',
      [indirect('Bluefin Analytics', 'Some 400 sailors took part')],
    ],
    [
      '"according to the organizers" names no body that was only mentioned',
      'Bluefin Analytics sponsored the regatta. Some 400 sailors took part, according to the organizers.',
      [],
    ],
    [
      '"the author" is the person named after "by" a work, and opens the subject for "she"',
      'The library presented the book "Salt Roads" by the historian Li Wenjun. "It is a fine book," said Amara Okonkwo-Reyes.\n\nThe author thanked the readers. She noted that most of the ports she visited were small.',
      [
        direct('Amara Okonkwo-Reyes', 'It is a fine book'),
        indirect('Li Wenjun', 'most of the ports she visited were small'),
      ],
    ],
    [
      'a person named after "by" of no work is no author',
      'The hall built by Li Wenjun opened. "It is a fine hall," said Amara Okonkwo-Reyes.\n\nThe author thanked the readers. She noted that most of the rooms were small.',
      [
        direct('Amara Okonkwo-Reyes', 'It is a fine hall'),
        indirect('Amara Okonkwo-Reyes', 'most of the rooms were small'),
      ],
    ],
    [
      '"the company" goes to the last organization',
      'Bluefin Analytics published its yearly review. The company said that traffic grew by ten percent.',
      [indirect('Bluefin Analytics', 'traffic grew by ten percent')],
    ],
    [
      '"they" goes to an organization that led the previous sentence',
      'Bluefin Analytics published its review. They said demand is rising.',
      [indirect('Bluefin Analytics', 'demand is rising')],
    ],
    [
      '"the company" with an appositive before the verb',
      'Bluefin Analytics opened a lab. The company, which employs 90 people, said it will hire ten more.',
      [indirect('Bluefin Analytics', 'it will hire ten more')],
    ],
    [
      'a subject the entities do not list stops "she" from reaching back',
      'Li Wenjun opened the fair. Mirela Vasquez-Okoro, a buyer, said she found new suppliers. "I will come back," she said.',
      [],
    ],
    [
      'an organization named by the first word of its name',
      'Bluefin Analytics opened a lab. Bluefin also announced that it will publish its data.',
      [indirect('Bluefin Analytics', 'it will publish its data')],
    ],
    [
      'an alias resolves to the canonical name',
      'The NHA said that berth four is closed for repairs.',
      [indirect('Northwind Harbour Authority', 'berth four is closed for repairs')],
    ],
    [
      'a name given with a title of address',
      '“Screening saves lives,” Dr. Raghunathan said.',
      [direct('Priya Raghunathan', 'Screening saves lives')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('extractQuotes: what is not a quote', () => {
  it.each<[string, string, Quote[]]>([
    [
      'a theme in quotation marks',
      'The festival, themed "Rivers of Light," drew families from Port Elowen.',
      [],
    ],
    ['a title after "the book"', 'Li Wenjun signed copies of the book "Tides and Time" at the fair.', []],
    ['a programme title with "by"', 'The channel aired "The Sayings by Li Wenjun" on Sunday.', []],
    ['a scare quote', 'The port calls its night shift the "owls," a name the crews like.', []],
    [
      'a title-case name in single marks inside reported speech',
      'Tomasz Wieczorek said the theme is ‘Safe Seas for Everyone’.',
      [indirect('Tomasz Wieczorek', 'the theme is ‘Safe Seas for Everyone’')],
    ],
    ['a one-word term', 'Visitors tasted ‘kelpbread’ at the stalls.', []],
    ['a quote with no one to attribute it to', '"Everything changed that night," one resident recalled.', []],
    ['"said" with no clause after it reports nothing', 'Tomasz Wieczorek said goodbye to the crew.', []],
    [
      'a verb in its other sense ("concluded the survey")',
      'Bluefin Analytics concluded the survey, which ran for a year.',
      [],
    ],
    [
      '"added" in its other sense',
      'The refit, led by Bluefin Analytics, added new cranes that lift twice the load.',
      [],
    ],
    [
      'a term after "the label"',
      'Li Wenjun noted that the port dropped the label ‘fishing town’ long ago.',
      [indirect('Li Wenjun', 'the port dropped the label ‘fishing town’ long ago')],
    ],
    [
      'a verb followed by a clause is not an inversion',
      'The pier, built in 1920, told visitors that Li Wenjun restored it.',
      [],
    ],
    ['speech by an unnamed speaker', 'The organizers said that more stalls will open next year.', []],
    [
      '"state" qualifying a noun after an adjective is no verb',
      'Bluefin Analytics, one of the region’s youngest state firms, was founded in 2001.',
      [],
    ],
    [
      'a noun "highlights" is not a verb',
      'Highlights of the Northwind Harbour Authority open day: tours and music.',
      [],
    ],
    [
      'a participle with no comma belongs to a noun',
      'The NHA holds meetings calling for safer harbours.',
      [],
    ],
    [
      '"they" after people is not an organization',
      'Ten divers joined Bluefin Analytics. They said the water was cold.',
      [],
    ],
    [
      'a speech verb inside a quote is no reported speech',
      'Li Wenjun said: "Tomasz Wieczorek stressed the risks."',
      [direct('Li Wenjun', 'Tomasz Wieczorek stressed the risks.')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it('keeps the quoted fragment inside reported speech, and the statement itself', () => {
    expect(quotesOf('Li Wenjun noted that the bridge is "a lifeline for the islands" today.')).toEqual([
      indirect('Li Wenjun', 'the bridge is "a lifeline for the islands" today'),
      direct('Li Wenjun', 'a lifeline for the islands'),
    ]);
  });

  it('keeps a coined phrase the speaker named', () => {
    expect(quotesOf('It was what Li Wenjun called a "quiet revolution" in data.')).toEqual([
      direct('Li Wenjun', 'quiet revolution'),
    ]);
  });

  it('gives every quote the canonical name of a listed speaker', () => {
    const quotes = quotesOf('"We are ready," said Okonkwo-Reyes. The NHA noted that the quay is safe.');
    const names = new Set([...ENTITIES.people, ...ENTITIES.organizations].map((entity) => entity.name));
    expect(quotes.length).toBe(2);
    for (const quote of quotes) expect(names.has(quote.speaker ?? '')).toBe(true);
  });
});

describe('extractQuotes: contract on arbitrary text', () => {
  const pieces = [
    '"',
    '“',
    '”',
    '«',
    '»',
    '‘',
    '’',
    "'",
    ' said ',
    ' Li Wenjun',
    ' the NHA',
    ' he ',
    ' that ',
    ', ',
    '. ',
    ': ',
    '\n\n',
    ' according to ',
    ' urged ',
    'word',
    ' — ',
    '(',
    ')',
  ];

  it('never throws, and every quote has words and a listed speaker', () => {
    const names = new Set([...ENTITIES.people, ...ENTITIES.organizations].map((entity) => entity.name));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        for (const quote of quotesOf(parts.join(''))) {
          expect(quote.text.trim().length).toBeGreaterThan(0);
          expect(names.has(quote.speaker ?? '')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Speakers introduced by a title set off by commas, organizations named by short forms. */
const TITLED: Entities = {
  people: [
    { name: 'Oriana Feld', aliases: ['Feld'] },
    { name: 'Bastian Morrow', aliases: ['Morrow'] },
    { name: 'Ilse Hartwig', aliases: ['Hartwig'] },
  ],
  organizations: [
    { name: 'Larchmont District Council', aliases: [] },
    { name: 'Caldera Water Board', aliases: ['CWB'] },
    { name: 'Pellucid Foundation', aliases: [] },
  ],
  locations: [],
  mentions: [],
};

describe('extractQuotes: titles set off by commas, spokespeople, short forms, postposed "she said"', () => {
  it.each<[string, string, Quote[]]>([
    [
      'a quote attributed to "the <org>\'s <title>, <Name>"',
      '"We raised more than we hoped," said the foundation\'s chief executive, Oriana Feld. "Every coin counts."',
      [direct('Oriana Feld', 'We raised more than we hoped'), direct('Oriana Feld', 'Every coin counts.')],
    ],
    [
      'the title set off before the name is the person\'s: "the executive" later means her',
      "The foundation's chief executive, Oriana Feld, opened the day. Bastian Morrow spoke next. The executive noted that the vans were paid for.",
      [indirect('Oriana Feld', 'the vans were paid for')],
    ],
    [
      'a description after the verb with no name after its comma names no one',
      '"We raised more than we hoped," said the foundation\'s chief executive, adding a word of thanks.',
      [],
    ],
    [
      '"The <title>, <Name>, said", then a pronoun in the next sentence',
      'Opening the debate, the Budget Convener, Bastian Morrow, said the levy would fall. He stressed that reserves would stay intact.',
      [
        indirect('Bastian Morrow', 'the levy would fall'),
        indirect('Bastian Morrow', 'reserves would stay intact'),
      ],
    ],
    [
      '"The <Title> ruled ..., saying ...": the clause after "saying" is the title holder\'s',
      'The Chair, Ilse Hartwig, welcomed guests. The Chair rejected three motions, saying they breached the standing orders.',
      [indirect('Ilse Hartwig', 'they breached the standing orders')],
    ],
    [
      'a title after a preposition is a circumstance, not a title',
      'After the hearing, Ilse Hartwig left. The Hearing rejected the plan, saying it came too late.',
      [],
    ],
    [
      '"saying" after a lead phrase and "the <Title>"',
      'The Chair, Ilse Hartwig, welcomed guests. On Monday, the Chair rejected two motions, saying they were late.',
      [indirect('Ilse Hartwig', 'they were late')],
    ],
    [
      '"the <Title> told members that": the title holder',
      'The Chair, Ilse Hartwig, welcomed guests. Later, the Chair told members that the session would run late.',
      [indirect('Ilse Hartwig', 'the session would run late')],
    ],
    [
      '"the <Title> told members that" with a title nobody holds',
      'The Chair, Ilse Hartwig, welcomed guests. Later, the Treasurer told members that the session would run late.',
      [],
    ],
    [
      '"saying" after a title nobody holds reports nothing',
      'The Chair, Ilse Hartwig, welcomed guests. The Treasurer rejected two motions, saying they were late.',
      [],
    ],
    [
      'a spokesperson of an organization told someone that',
      'A CWB spokesperson told councillors that the pipe network would be renewed by spring.',
      [indirect('Caldera Water Board', 'the pipe network would be renewed by spring')],
    ],
    [
      'a spokesperson named by the first word of a listed organization',
      'A Caldera spokeswoman said that bills would fall in May.',
      [indirect('Caldera Water Board', 'bills would fall in May')],
    ],
    [
      '"the chief executive" later: the person given that title',
      "The foundation's chief executive, Oriana Feld, thanked donors. The chief executive said the vans would arrive in May.",
      [indirect('Oriana Feld', 'the vans would arrive in May')],
    ],
    [
      'a title nobody was given names no one',
      "The foundation's chief executive, Oriana Feld, thanked donors. The finance director said the vans would arrive in May.",
      [],
    ],
    [
      'a spokesperson of no listed organization',
      'A ministry spokesperson told councillors that the pipe network would be renewed by spring.',
      [],
    ],
    [
      '"according to the <last word of a listed name>"',
      'Residents filled the hall. According to the Council, 40 residents spoke at the hearing.',
      [indirect('Larchmont District Council', '40 residents spoke at the hearing')],
    ],
    [
      '"according to <first word of a listed name>"',
      'Residents filled the hall. According to Larchmont, 40 residents spoke at the hearing.',
      [indirect('Larchmont District Council', '40 residents spoke at the hearing')],
    ],
    [
      '"according to <first two words of a listed name>"',
      'According to Caldera Water, the reservoir is full.',
      [indirect('Caldera Water Board', 'the reservoir is full')],
    ],
    [
      'a capitalized word that starts no listed name is no source',
      'According to Westbury, the reservoir is full.',
      [],
    ],
    [
      '"<clause>, she said, <aside>." without quotation marks',
      'Hartwig said the hall was full. About 300 people came on the first evening, she said, many of them families.',
      [
        indirect('Ilse Hartwig', 'the hall was full'),
        indirect('Ilse Hartwig', 'About 300 people came on the first evening'),
      ],
    ],
    [
      'a parenthetical "she said" after a short subject is no statement',
      'Hartwig arrived at noon. The plan, she said, was ready.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text, TITLED)).toEqual(expected);
  });
});

describe('extractQuotes: short forms that fit two organizations name neither', () => {
  const twoLike: Entities = {
    people: [],
    organizations: [
      { name: 'Harrow Valley Trust', aliases: [] },
      { name: 'Harrow Valley Rail', aliases: [] },
    ],
    locations: [],
    mentions: [],
  };
  it.each<[string, string, Quote[]]>([
    ['shared first words', 'According to Harrow Valley, the line reopens in June.', []],
    [
      '"the <last word of one name>" as a postposed speaker',
      'The station drew 600 visitors on its first day, the trust said, and more are expected.',
      [indirect('Harrow Valley Trust', 'The station drew 600 visitors on its first day')],
    ],
    ['"the <noun>" that ends no listed name', 'The station drew 600 visitors, the charity said.', []],
    [
      '"the <noun>" ending two names: the one talked about last',
      'Harrow Valley Rail ran extra trains. The line carried 900 riders, the rail said on Sunday.',
      [indirect('Harrow Valley Rail', 'The line carried 900 riders')],
    ],
    [
      'a last word only one of them has',
      'According to the Trust, the line reopens in June.',
      [indirect('Harrow Valley Trust', 'the line reopens in June')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text, twoLike)).toEqual(expected);
  });
});
