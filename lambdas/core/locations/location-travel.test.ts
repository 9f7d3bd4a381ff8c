import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/entities.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';

function placesOf(text: string): string[] {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text)).locations.map((place) => place.name);
}

describe('places after a verb of travel', () => {
  it.each([
    ['a verb of travel before "from"', 'Sleet was blowing in from the Skerrag all day.', 'Skerrag'],
    ['a verb of travel before "to"', 'The delegation flew back to Oruvai on Friday.', 'Oruvai'],
    ['the destination of a route', 'She travelled from Tembaru to Kelvossa by train.', 'Kelvossa'],
    ['a departure "for"', 'The delegation departed for Kessu on Monday.', 'Kessu'],
    ['setting off "for"', 'The team set off for Orvala at dawn.', 'Orvala'],
    ['a ship bound "for"', 'A ferry bound for Velmar docked late.', 'Velmar'],
    ['en route', 'The convoy is en route to Tarvel.', 'Tarvel'],
    ['an evacuation', 'Residents were evacuated from Orvala overnight.', 'Orvala'],
    ['towns a passenger connects to', 'Travellers can connect to Arvelo and Simbu on one ticket.', 'Simbu'],
    ['towns a carrier flies to', 'The airline will add flights to Orvik and Tessu in May.', 'Orvik'],
    ['where a carrier leaves from', 'The city added ferries from Skelvik for the weekend.', 'Skelvik'],
    ['where a bus goes', 'Extra buses to Marrowby ran all night.', 'Marrowby'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a prize that goes to a company', 'The top prize went from Acme to Globex this year.', 'Globex'],
    ['funding that comes from a company', 'Funding came from Varnel for the pilot.', 'Varnel'],
    ['a manager who returns to a company', 'Ms Lund returned to Varnel in May.', 'Varnel'],
    ['money set aside "for"', 'Funds were set aside for Varnel.', 'Varnel'],
    ['leaving "for" a new employer', 'He left for Varnel after ten years.', 'Varnel'],
    ['a carrier owned by a company', 'New buses from Varnel Motors Ltd arrived.', 'Varnel Motors Ltd'],
    [
      'a system connected to companies',
      'The app will connect to Varnel Holdings and Kestro Ltd.',
      'Varnel Holdings',
    ],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
