import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isNameParticle } from './location-cues.ts';

/**
 * Words for a street or square that other languages write before the name ("Rua Augusta", "Calle
 * Mayor", "Ulica Długa", "Piazza Navona"). Words that are as often a surname or a term of their own
 * ("Largo", "Corso", "Via") are left out.
 */
const STREET_WORDS_FIRST = new Set([
  'Rua',
  'Travessa',
  'Avenida',
  'Praça',
  'Praca',
  'Calle',
  'Carrer',
  'Avinguda',
  'Passeig',
  'Paseo',
  'Plaza',
  'Plaça',
  'Rambla',
  'Rue',
  'Boulevard',
  'Avenue',
  'Quai',
  'Piazza',
  'Piazzale',
  'Viale',
  'Strada',
  'Calea',
  'Bulevardul',
  'Bulevar',
  'Ulica',
  'Ulitsa',
  'Prospekt',
  'Jalan',
]);

/** Street and square words written as the end of one word ("Bahnhofstraße", "Drottninggatan"). */
const STREET_SUFFIX =
  /^\p{Lu}[\p{L}-]{2,40}(?:straße|strasse|gasse|gatan|gade|vej|veien|platz|plein|gracht|katu|utca|caddesi|sokak)$/u;

/** compromise's tags of heads that make the whole name something else ("Rua Nova Hotel", "Plaza Festival"). */
const OTHER_HEADS = ['EntOrgSuffix', 'EntEventWord', 'EntPlaceSuffix'];

/**
 * Whether the name is a street or square in another language's form: a street word before the name,
 * with the small words such names hold ("Rua Tomás de Sousa", "Calle Mayor"), or one word ending in a
 * street word ("Hauptstraße"). A name that ends in a head of its own ("Plaza Hotel") is not.
 *
 * @example
 * isForeignStreetName(context, rangeOf('Calle de la Paz')) // true
 * isForeignStreetName(context, rangeOf('Plaza Hotel')) // false
 */
export function isForeignStreetName(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const [first, ...rest] = terms;
  const last = terms[terms.length - 1];
  if (first === undefined || last === undefined) return false;
  if (terms.length === 1) return STREET_SUFFIX.test(first.text) && !first.tags.has('Person');
  if (!STREET_WORDS_FIRST.has(first.text) || terms.length > 6 || !isCapitalized(last)) return false;
  return rest.every(
    (term) =>
      (isCapitalized(term) || isNameParticle(term.text)) && !OTHER_HEADS.some((tag) => term.tags.has(tag)),
  );
}
