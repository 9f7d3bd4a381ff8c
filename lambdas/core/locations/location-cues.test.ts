import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { extractEntities } from '../entities/entities.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';

function placesOf(text: string): string[] {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text)).locations.map((place) => place.name);
}

describe('places named without a preposition of place', () => {
  it.each([
    ['a lower-case feature noun after the name', 'Students climbed the Tarvo volcano on Monday.', 'Tarvo'],
    ['a double name before a feature noun', 'The group hiked to the Orsa-Kelund volcano.', 'Orsa-Kelund'],
    ['a name before "port"', "The first cargo will leave Ta'u port on Friday.", "Ta'u"],
    ['the port of a place', 'The plant opened at the port of Marvik yesterday.', 'Marvik'],
    ['the town of a place as subject', 'The town of Sorvik welcomed the plan.', 'Sorvik'],
    ['cities such as', 'Cities such as Quellin depend on meltwater.', 'Quellin'],
    ['countries including', 'Buyers from countries including Benavia signed up.', 'Benavia'],
    ['a distance and a bearing', 'The camp lies 40 km north-east of Darvik.', 'Darvik'],
    ['a distance from', 'The mine is 12 miles from Orlund.', 'Orlund'],
    ['a mountain range with "the"', 'Glaciers are thinning on both sides of the Kessu.', 'Kessu'],
    ['the foothills of a range', 'Villages in the foothills of the Tarvan suffered.', 'Tarvan'],
    ['the locality of a place', 'A farmer from the locality of Tembaru spoke.', 'Tembaru'],
    ['the hamlet of a place', 'Water reached the hamlet of Oskelu last week.', 'Oskelu'],
    ['a name before a deep-water port', 'Work began on the Kessuvo deep-water port in May.', 'Kessuvo'],
    ['a name before a fishing harbour', 'Boats returned to the Tarvo fishing harbour at dawn.', 'Tarvo'],
    ['the community of a place', 'He filmed in the community of Santa Ines Velmo.', 'Santa Ines Velmo'],
    ['a native of a place', 'The jury included Ana Ruiz, a native of Kessaltepec.', 'Kessaltepec'],
    ['the residents of a place', 'Residents of Orvalo voted on Sunday.', 'Orvalo'],
    ['districts such as', 'The scheme covers districts such as Velmo and Karsi.', 'Karsi'],
    ['counties like', 'Seeds were sent to counties like Oskelu and Tembaru.', 'Oskelu'],
    [
      'a division plural, then "including"',
      'It runs in five districts, including Marvo and Kessuvo.',
      'Kessuvo',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    [
      'a company after "the state of"',
      'Analysts discussed the state of Kestrel Holdings.',
      'Kestrel Holdings',
    ],
    ['a noun after "of" that is no kind of place', 'The spirit of Kestro won the day.', 'Kestro'],
    ['a person after "a native of"', 'The jury included Ana Ruiz, a native of Kessaltepec.', 'Ana Ruiz'],
    ['a distance without a number', 'It felt miles from Velmar.', 'Velmar'],
    ['a capitalized feature word alone', 'The Road to Somewhere was shown on Friday.', 'Road'],
    ['a company before "port" and another noun', 'The Varnel port terminal was sold on Friday.', 'Varnel'],
    [
      'a company before a deep-water port terminal',
      'The Varnel deep-water port terminal was sold.',
      'Varnel',
    ],
    ['peoples after "communities such as"', 'Aid reached communities such as Velmo and Karsi.', 'Velmo'],
    ['companies after "partners including"', 'Partners including Acme and Globex signed.', 'Acme'],
    ['an event after "the villages of"', 'The villages of Kessu and Orvala Games opened.', 'Orvala Games'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('places described by an apposition', () => {
  it.each([
    ['the birthplace of someone', 'The delegation visited Orvala, the birthplace of the poet.', ['Orvala']],
    [
      'a village after adjectives',
      'The choir sang in Sorvik, a small fishing village on the coast.',
      ['Sorvik'],
    ],
    ['the capital of a country', 'Kessu, the capital of Tarvia, hosted the fair.', ['Kessu', 'Tarvia']],
    ['a port town at the end of the apposition', 'Velmar, a port town, welcomed the ship.', ['Velmar']],
    ['a company described', 'Varnel, the company behind the app, grew.', []],
    ['a person with a municipal role', 'Jane Berg, a town councillor, spoke.', []],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });
});

describe('places whose name holds a feature word', () => {
  it.each([
    ['an icefield', 'Outlet glaciers of the Southern Tarvan Icefield lost mass.', 'Southern Tarvan Icefield'],
    ['a feature word written first', 'Gauges on the Cordillera Negra were read in May.', 'Cordillera Negra'],
    ['a mountain', 'Rangers closed trails on Mount Kessu last week.', 'Mount Kessu'],
    ['a gulf of a place', 'Ferries crossed the Gulf of Osk at dawn.', 'Gulf of Osk'],
    [
      'a double-named sports venue',
      'The final was played at the Tuul-Orkhon Sport Palace.',
      'Tuul-Orkhon Sport Palace',
    ],
    ['an archipelago', 'Boats toured the Velmar Archipelago in June.', 'Velmar Archipelago'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a pairing of two places', 'The Sino-Kazakh park opened in Almaty.', 'Sino-Kazakh'],
    [
      'a place inside the title of a film in guillemets',
      'The film «Ice over the Tarvo Valley» opens today.',
      'Tarvo Valley',
    ],
    [
      'a feature word at the end of a work title',
      'The film «The Long Road» will be shown in Lisbon.',
      'Long Road',
    ],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('a place joined to "-based", "-headquartered" or "-born"', () => {
  it.each([
    ['a startup based in a place', 'A Tarvel-based startup raised funds.', ['Tarvel']],
    ['a place of two words', 'The Port Osk-headquartered bank grew.', ['Port Osk']],
    ['a place of birth', 'The Velmar-born chef opened a shop.', ['Velmar']],
    ['a company named after the compound', 'Tarvel-based Velmar Ltd said profits rose.', ['Tarvel']],
    ['what a thing is built on', 'An Orvo-based phone and a Kessu-based platform sold well.', []],
    ['a people, not a place', 'A Kenyan-born chef cooked.', []],
    ['a notion in a headline-case name', 'It is a pillar of the Custom-Based Learning 3.0 model.', []],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });

  it('keeps the company named after the compound apart from it', () => {
    const release = prepareText('Tarvel-based Velmar Ltd said profits rose.');
    const { organizations } = extractEntities(release, parseRelease(release.text));
    expect(organizations.map((organization) => organization.name)).toEqual(['Velmar Ltd']);
  });
});

describe('lists of places opened by a cue', () => {
  it.each([
    ['residents from two places', 'Visitors from Tarvel and Sorvik filled the square.', ['Tarvel', 'Sorvik']],
    [
      'a plural kind of place with "of"',
      'Teams from the towns of Orvala and Kessu competed.',
      ['Orvala', 'Kessu'],
    ],
    ['a flight to two places', 'The crew flew to Osk and Sorvik on Monday.', ['Osk', 'Sorvik']],
    [
      'examples of cities',
      'Cities such as Osk, Sorvik and Velmar depend on meltwater.',
      ['Osk', 'Sorvik', 'Velmar'],
    ],
    ['delegates, who may come from bodies', 'Delegates from Varnel and Kestro attended.', []],
    ['visitors from companies', 'Visitors from Varnel Corp and Kestro Ltd came.', []],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });

  it('reads a single home of residents', () => {
    expect(placesOf('Tourists from Orvala filled the hotels.')).toEqual(['Orvala']);
  });
});

describe('a name before a noun of the place it names', () => {
  // [phenomenon, text, name, whether it is listed as a place]
  it.each([
    ['a town before its harbor', 'Dockworkers from the Velmora harbor joined the race.', 'Velmora', true],
    [
      'a name with a particle before "national park"',
      'Trees will be planted in the Serra do Tembo national park.',
      'Serra do Tembo',
      true,
    ],
    [
      'a district before "industrial area"',
      'The city will rezone the Kessavik industrial area for small workshops.',
      'Kessavik',
      true,
    ],
    ['a town before "industrial zone"', 'Two plants opened in the Orvela industrial zone.', 'Orvela', true],
    ['a company before a lower-case noun', 'The Acme Holdings forest fund paid out.', 'Acme Holdings', false],
    [
      'a company before "industrial" and a plural',
      'The Acme Holdings industrial areas grew.',
      'Acme Holdings',
      false,
    ],
    ['a person before a noun that is no place', 'She met the Tarvel family at home.', 'Tarvel', false],
  ])('%s: %s', (_phenomenon, text, name, isPlace) => {
    expect(namesOf(entitiesOf(text).locations).includes(name)).toBe(isPlace);
  });
});
