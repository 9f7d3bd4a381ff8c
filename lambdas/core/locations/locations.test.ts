import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/entities.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';

function placesOf(text: string): string[] {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text)).locations.map((place) => place.name);
}

describe('place heads at the end of a name', () => {
  it.each([
    [
      'a division holding the capital',
      'Clinics in the Federal Capital Territory stayed open.',
      'Federal Capital Territory',
    ],
    ['a division after a compass point', 'Roads in the Western Division were closed.', 'Western Division'],
    ['a venue followed by its city', 'He spoke at the Kessu Park Hotel on Monday.', 'Kessu Park Hotel'],
    ['islands whose head is a plural', 'Teams from the Cayman Islands joined.', 'Cayman Islands'],
    ['a constituency', 'Most jobs went to residents of the Orvatu Constituency.', 'Orvatu Constituency'],
    [
      'a constituency opened by a click letter',
      'Jobs went to the ǃOrvaǂTu Constituency.',
      'ǃOrvaǂTu Constituency',
    ],
    [
      'the islands a title serves',
      'The Regional Coordinator for the Orvo Islands, Jane Doe, spoke first.',
      'Orvo Islands',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    [
      'a title before a surname that is a place word',
      'Ambassador Park Min-jun opened the week.',
      'Ambassador Park',
    ],
    ['a title before a short surname', 'Minister Hall said the port would reopen.', 'Minister Hall'],
    [
      'a fund named after a constituency',
      'The Orvatu Constituency Development Fund paid for the well.',
      'Orvatu Constituency Development Fund',
    ],
    [
      'a title whose remit is a place',
      'The Regional Coordinator for the Orvo Islands, Jane Doe, spoke first.',
      'Regional Coordinator for the Orvo Islands',
    ],
    [
      'an organization head before "of"',
      'She will teach at the Tembe Academy of Music and Theatre on Monday.',
      'Tembe Academy of Music and Theatre',
    ],
    [
      'a brewery named after its street',
      'The regatta was sponsored by Orvel Fisheries and Tarvo Street Brewing.',
      'Tarvo Street Brewing',
    ],
    [
      'a board named after its harbour',
      'The club thanks the Kessu Harbour Commissioners for their help.',
      'Kessu Harbour Commissioners',
    ],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('what lies within or is kept by a place, then "of" and its name', () => {
  it.each([
    ['a song tradition', 'The evening opened with the song tradition of Orvala.', 'Orvala'],
    ['a cuisine', 'Guests tasted the cuisine of Kessu at the fair.', 'Kessu'],
    ['the outskirts', 'The plant stands on the outskirts of Velmar.', 'Velmar'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['the tradition of a person', 'She spoke of the tradition of Confucius.', 'Confucius'],
    ['the culture of a company', 'He praised the culture of Varnel Corp.', 'Varnel Corp'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('events named after "in", which are no places', () => {
  it.each([
    [
      'an olympiad',
      'Pupils competed in the National Coding Olympiad at Kessu Hall.',
      'National Coding Olympiad',
    ],
    ['a challenge', 'Teams took part in the Northern Drone Challenge last week.', 'Northern Drone Challenge'],
    ['a contest', 'She won in the Velmar Poetry Contest.', 'Velmar Poetry Contest'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });

  it('keeps the venue of the event', () => {
    expect(placesOf('Pupils competed in the National Coding Olympiad at Kessu Hall.')).toContain(
      'Kessu Hall',
    );
  });
});

describe('a city named with and without its head word', () => {
  const placesWithAliases = (text: string) => {
    const release = prepareText(text);
    return extractEntities(release, parseRelease(release.text)).locations.map((place) =>
      [place.name, ...(place.aliases ?? [])].join(' / '),
    );
  };
  // [phenomenon, text, the places with their aliases]
  it.each([
    [
      'a city and its short name',
      'Buses ran in Tarvel City on Monday. Traders in Tarvel said sales rose.',
      ['Tarvel City / Tarvel'],
    ],
    [
      'a country and the city named after it stay two places',
      'Delegates met in Panama City. Exports from Panama grew last year.',
      ['Panama City', 'Panama'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesWithAliases(text)).toEqual(places);
  });
});

describe('a known place run into the name after it', () => {
  // [phenomenon, text, name, whether it is listed as a place]
  it.each([
    [
      'a person after the city with no comma',
      'The consul in Nairobi Wang Meixu was also present.',
      'Nairobi',
      true,
    ],
    [
      'not the city and the person as one place',
      'The consul in Nairobi Wang Meixu was also present.',
      'Nairobi Wang Meixu',
      false,
    ],
    [
      "a region before its governor's local title, opening the sentence",
      'Velmora Region Akim Tomas Brek noted that the ports had grown.',
      'Velmora Region',
      true,
    ],
    [
      'not the region, the local title and the governor as one place',
      'Velmora Region Akim Tomas Brek noted that the ports had grown.',
      'Velmora Region Akim Tomas Brek',
      false,
    ],
    [
      'an organization named after a city and a person',
      'The Nairobi Peter Otieno Foundation gave grants.',
      'Nairobi',
      false,
    ],
  ])('%s: %s', (_phenomenon, text, name, isPlace) => {
    expect(placesOf(text).includes(name)).toBe(isPlace);
  });
});

describe('geographic names and places only context marks', () => {
  it.each([
    ['a landform head before "of"', 'Drought hit the Horn of Tarvia again this year.', 'Horn of Tarvia'],
    [
      'a landform name after a people adjective in a list',
      'Ministers from six West African and Horn of Tarvia states agreed.',
      'Horn of Tarvia',
    ],
    [
      'a structure named after a titled person',
      'The route ran from the old market to the Father Oskel Footbridge.',
      'Father Oskel Footbridge',
    ],
    [
      'a stadium named after a titled person',
      'The final is at the President Kessu Stadium.',
      'President Kessu Stadium',
    ],
    [
      'a town placed by a compass point',
      'Crews cleaned 30 sites, from the harbour to Marvikton in the north.',
      'Marvikton',
    ],
    ['a bearing that takes "of"', 'Clinics opened in Oskelby, in the far west of the country.', 'Oskelby'],
    [
      'a name with a particle listed after a sure place',
      'Families came from Oskel City and Tarvo de Oro.',
      'Tarvo de Oro',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    [
      'a title before a surname and no structure',
      'Bishop Tarvo Kessu spoke to reporters.',
      'Bishop Tarvo Kessu',
    ],
    ['a person in a wing, not a bearing', 'Jane Oskel in the north wing said so.', 'Jane Oskel'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('venues written before a lower-case venue noun', () => {
  it.each([
    ['a cinema', 'Films were shown at the Oskel cinema on Friday.', 'Oskel cinema'],
    ['a stadium', 'The final was played at the Tarvo stadium.', 'Tarvo stadium'],
    ['a railway station', 'Buses wait outside Orvel-Noord station at night.', 'Orvel-Noord station'],
    [
      'two places between "the" and a station',
      'Trams run between the Veldmarkt and Kessu-Zuid station daily.',
      'Veldmarkt',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a people adjective before a stadium', 'The Kenyan stadium was full.', 'Kenyan stadium'],
    ['a venue noun that qualifies another noun', 'She runs the Tarvo theatre company.', 'Tarvo theatre'],
    ["a broadcaster's station", 'The Kessu FM station aired the match.', 'Kessu FM station'],
    [
      'two places as one between "the" and a station',
      'Trams run between the Veldmarkt and Kessu-Zuid station daily.',
      'Veldmarkt and Kessu-Zuid station',
    ],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('a feature named without its head', () => {
  it.each([
    ['a river', 'Crews cleaned the Oskel River. Counts in the Oskel fell.', 'Oskel River', ['Oskel']],
    ['a desert', 'Herders crossed the Tarvo Desert. Wells in the Tarvo ran dry.', 'Tarvo Desert', ['Tarvo']],
  ])('%s: %s', (_phenomenon, text, name, aliases) => {
    const release = prepareText(text);
    const places = extractEntities(release, parseRelease(release.text)).locations;
    expect(places).toContainEqual({ name, aliases });
  });

  it('keeps a state the lexicon knows apart from its river', () => {
    expect(placesOf('Barges on the Mississippi River reached Mississippi.')).toContain('Mississippi');
  });
});

describe('a word that closes a title after "in" is no place', () => {
  it.each([
    ['"Officer in Charge"', 'The Medical Officer in Charge, Dr. Ana Ruiz, met the team.', 'Charge', false],
    ['"Editor in Chief"', 'The magazine Editor in Chief wrote the preface.', 'Chief', false],
    ['a place after "in" and a lower-case word', 'The officer in Kessel met the team.', 'Kessel', true],
  ])('%s', (_case, text, name, isPlace) => {
    expect(placesOf(text).includes(name)).toBe(isPlace);
  });
});

describe("a country's part named by a word before it", () => {
  it.each([
    ['a part on a peninsula', 'Storms hit the Peninsular Thailand coastline in May.', 'Peninsular Thailand'],
    ['the mainland part', 'Ferries link the islands with Mainland Tanzania daily.', 'Mainland Tanzania'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a company', 'Continental Airlines added a route to Lima.', 'Continental Airlines'],
    ['an adjective alone', 'Guests had a Continental breakfast in Lima.', 'Continental'],
  ])('not %s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('a name after "along"', () => {
  it('is where something lies: Stalls lined the quay along Tarvebrygga.', () => {
    expect(placesOf('Stalls lined the quay along Tarvebrygga on Friday.')).toContain('Tarvebrygga');
  });

  it.each([
    ['a person who came along', 'She came along with Jane Doe to the fair.', 'Jane Doe'],
    ['a company that went along', 'The plan went along with Orvel Foods Ltd in Lagos.', 'Orvel Foods Ltd'],
  ])('not %s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('a dateline in Markdown bold', () => {
  it.each([
    ['the shouted town', '*March 7, 2025*\n\n**KESSUVO, Tarvalia** — The board opened a school.', 'Kessuvo'],
    [
      'the province after it',
      '*March 7, 2025*\n\n**KESSUVO, Tarvalia** — The board opened a school.',
      'Tarvalia',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it('a bold shouted line with no dash after it is no dateline', () => {
    expect(placesOf('**KESSUVO TRADERS**\n\nThe board opened a school.')).not.toContain('Kessuvo Traders');
  });
});

describe('a wire dateline typed with double hyphens', () => {
  it.each([
    [
      'right against the wire',
      'KESSUVO--(TARVO WIRE)--March 4, 2031--Orvale Labs opened a plant in Dunmore.',
    ],
    ['with spaces', 'KESSUVO -- (TARVO WIRE) -- March 4, 2031 -- Orvale Labs opened a plant in Dunmore.'],
  ])('%s', (_phenomenon, text) => {
    expect(placesOf(text)).toEqual(expect.arrayContaining(['Kessuvo', 'Dunmore']));
  });
});
