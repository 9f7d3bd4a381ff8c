import { type EntityContext, type TermRange, termAfter, termBefore } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isLegalForm } from '../entities/legal-forms.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';

/** Verbs of a trailing attribution ("..., the company said."). */
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'announced', 'added', 'noted', 'stated', 'reported']);

/**
 * "X, a leading provider of ...", "X, an international non-governmental organization,".
 *
 * @example
 * appositiveNamesOrganization(context, rangeOf('Acme')) // true in 'Acme, a leading provider of ...'
 */
export function appositiveNamesOrganization(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (last?.post.trim() !== ',' || followsTitle(context, range)) return false;
  // "Acme Analytics, Inc., a provider of ...": the legal form sits between the name and the appositive.
  const legal = isLegalForm(termAfter(context, range)?.text) ? 1 : 0;
  // "X, Acme Group's research arm,": an owner's possessive opens the appositive as an article would.
  const owner = ownerLength(context, range.to + legal);
  const skip = legal + Math.max(0, owner - 1);
  const article = termAfter(context, range, 1 + skip);
  const owned = owner > 0;
  if (!article || (!owned && !['a', 'an', 'the'].includes(article.text.toLowerCase()))) return false;
  for (let distance = 2 + skip; distance <= 8 + skip; distance++) {
    const term = termAfter(context, range, distance);
    if (!term) return false;
    // "... to Tarvel and Kessu, the group announced": a trailing attribution, no appositive.
    const verb = termAfter(context, range, distance + 1);
    if (term.post === ' ' && verb !== undefined && ATTRIBUTION_VERBS.has(verb.text)) return false;
    // "X, the first time the network has met": a noun before an auxiliary is the subject of a clause
    // after the comma, not the head of an appositive.
    if (opensClause(term, verb)) return false;
    if (term.tags.has('EntOrgNoun')) return !refersToPerson(context, range.to + distance);
    // "X, the national tourism board,": a head noun of organization names, in lower case.
    // "X, Acme's centre for marine studies,": owned, a head of both kinds ("centre") is a unit's.
    const lowerHead =
      /^\p{Ll}/u.test(term.text) &&
      term.tags.has('EntOrgSuffix') &&
      (owned || !term.tags.has('EntPlaceSuffix'));
    const following = termAfter(context, range, distance + 1);
    const closes = /^[,;.]$/.test(term.post.trim()) || !following?.tags.has('Noun');
    if (lowerHead && closes) return true;
    if (/[,;.]/.test(term.post)) return false;
  }
  return false;
}

/**
 * "the Mayor of Northport, Jane Doe, the board of ...": a name set off after a title is the person who
 * holds it; what follows is the next item of a list, no appositive of the name.
 */
function followsTitle(context: EntityContext, range: TermRange): boolean {
  const comma = termBefore(context, range);
  if (comma?.post.trim() !== ',') return false;
  for (let distance = 1; distance <= 4; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || (distance > 1 && /[,;:.]/.test(term.post))) return false;
    if (term.tags.has('EntTitle') && isCapitalized(term)) return true;
  }
  return false;
}

/** Whether a noun and the auxiliary or copula right after it open a clause ("the network has met"). */
function opensClause(noun: EntityTerm, next: EntityTerm | undefined): boolean {
  const finite = next?.tags.has('Auxiliary') === true || next?.tags.has('Copula') === true;
  return noun.post === ' ' && noun.tags.has('Noun') && finite;
}

/** Pronouns that stand for a person, never for an organization ("its"). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/**
 * "Ana Ruiz, a coffee producer from Cusco, said her farm ...": the clause after the appositive speaks of
 * its subject as a person. Looks at the few words after the appositive's closing comma.
 */
function refersToPerson(context: EntityContext, inAppositive: number): boolean {
  let index = inAppositive;
  const sentence = context.terms[index]?.sentence;
  while (index < inAppositive + 12 && context.terms[index] && context.terms[index]?.post.trim() !== ',')
    index++;
  for (let next = index + 1; next <= index + 4; next++) {
    const term = context.terms[next];
    if (!term || term.sentence !== sentence) return false;
    if (PERSONAL_PRONOUNS.has(term.text.toLowerCase())) return true;
  }
  return false;
}

/** How many capitalized words, the last possessive, follow the term at `at` ("Acme Group's"); 0 if none. */
function ownerLength(context: EntityContext, at: number): number {
  for (let length = 1; length <= 3; length++) {
    const term = context.terms[at + length];
    if (!term || !isCapitalized(term) || (length > 1 && context.terms[at + length - 1]?.post !== ' '))
      return 0;
    if (term.possessive) return term.post === ' ' ? length : 0;
  }
  return 0;
}
