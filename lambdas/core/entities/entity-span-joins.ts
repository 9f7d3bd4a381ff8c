import type { EntityTerm } from '../nlp/entity-terms.ts';
import { namesJointBody } from '../organizations/organization-joint-bodies.ts';
import { isPortfolioWord } from '../people/person-portfolios.ts';
import { isMissionSeat } from './diplomatic-missions.ts';
import { joinQuotedNames } from './entity-quoted-names.ts';
import { joinSentenceCaseNames } from './entity-sentence-case-joins.ts';
import { makeSpan, type NameSpan } from './name-span.ts';

/**
 * Joins back the names that commas, dashes or "in" cut in two: a name that is itself a series ("the
 * Energy, Water and Transport Commission"), a head whose portfolio is a series ("Ministry of Health,
 * Social Welfare and Water Resources"), a diplomatic mission with its seat ("Embassy of Chile in
 * Lisbon"), and a joint body with its partners ("the Orvo–Tarvel Joint Commission").
 *
 * @example
 * joinCutNames(terms, findNameSpans(terms, text), text) // ['Embassy of Chile in Lisbon'] from two spans
 */
export function joinCutNames(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const series = joinSeriesNames(terms, joinSentenceCaseNames(terms, spans, text), text);
  const missions = joinMissionSeats(terms, joinPortfolios(terms, series, text), text);
  return joinQuotedNames(
    terms,
    joinNamesWithDescriptors(terms, joinJointBodies(terms, missions, text), text),
    text,
  );
}

/**
 * "Orvax, the Seed Alliance, said": a one-word name, then ", the" and two or three capitalized words
 * ending with a body's head, closed by a comma that no other name follows or by the sentence's end, is
 * one name written with the description it officially carries. In a list ("Orvax, the Seed Alliance and
 * Acme") the words after the comma are another name. The one-word name may close a pair ("Acme and
 * Orvax, the Seed Alliance"): the pair is cut before it.
 */
function joinNamesWithDescriptors(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const name = previous ? terms[previous.to] : undefined;
    const last = terms[span.to];
    const after = text.slice(span.end, span.end + 40);
    const paired =
      previous !== undefined && previous.to - previous.from >= 2 && terms[previous.to - 1]?.text === 'and';
    const described =
      previous !== undefined &&
      name !== undefined &&
      (previous.from === previous.to || paired) &&
      /^\p{Lu}\p{Ll}+$/u.test(name.text) &&
      !['Place', 'Person', 'EntLexPlace'].some((tag) => name.tags.has(tag)) &&
      text.slice(previous.end, span.start) === ', the ' &&
      span.to - span.from >= 1 &&
      span.to - span.from <= 2 &&
      last?.tags.has('EntOrgSuffix') === true &&
      /^(?:,\s+(?!and\b|or\b|\p{Lu})|\.(?:\s|$))/u.test(after);
    if (!described) joined.push(span);
    else if (!paired) joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    else {
      joined[joined.length - 1] = makeSpan(terms, previous.from, previous.to - 2, text);
      joined.push(makeSpan(terms, previous.to, span.to, text));
    }
  }
  return joined;
}

/**
 * "the Kessa Denki–MPIT Joint Research Laboratory", "the Orvo–Tarvel Joint Commission": the partners
 * of a joint body, joined by a dash before its name, open that name; the dash cut it in two.
 */
function joinJointBodies(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const words = terms.slice(span.from, Math.min(span.to, span.from + 2) + 1);
    const joint = words.findIndex((term) => term.text === 'Joint');
    const partners =
      previous !== undefined &&
      previous.to - previous.from < 4 &&
      /^[–—-]$/.test(text.slice(previous.end, span.start)) &&
      joint >= 0 &&
      namesJointBody(terms.slice(span.from, span.to + 1).map((term) => term.text));
    if (partners) joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    else joined.push(span);
  }
  return joined;
}

/**
 * "Ministry of Health, Social Welfare and Water Resources", "Commission on Trade, Energy and Transport": a
 * head with "of", "for" or "on" whose portfolio is a series is cut by the series' commas; joins the
 * parts back when every part after the head is made of common words (no place, person, acronym or head
 * of its own) and the last holds "and".
 */
function joinPortfolios(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  let index = 0;
  while (index < spans.length) {
    const span = spans[index] as NameSpan;
    let end = -1;
    if (opensPortfolio(terms, span)) {
      for (let next = index + 1; next < spans.length && next <= index + 6; next++) {
        const part = spans[next] as NameSpan;
        const previous = spans[next - 1] as NameSpan;
        if (text.slice(previous.end, part.start) !== ', ' || !isPortfolioPart(terms, part)) break;
        if (terms.slice(part.from, part.to + 1).some((term) => term.text === 'and')) {
          end = next;
          break;
        }
      }
    }
    if (end < 0) {
      joined.push(span);
      index++;
      continue;
    }
    joined.push(makeSpan(terms, span.from, (spans[end] as NameSpan).to, text));
    index = end + 1;
  }
  return joined;
}

/** "Embassy of Chile in Lisbon": joins a diplomatic mission's name to its seat after "in". */
function joinMissionSeats(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && isMissionSeat(terms, previous, span, text)) {
      joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    } else joined.push(span);
  }
  return joined;
}

/**
 * "Ministry of Trade", "Kenya's Ministry of Trade", "Ministry of Foreign Affairs", "Department for
 * Environment", "Minister of Energy", "Ministry of the Interior", "Ministry of Higher and Further
 * Education": a head of a body or an office, "of" or "for" (and "the"), and one to three words in
 * capitals that name a field (no place, person or head of their own), "and" not counted.
 */
function opensPortfolio(terms: readonly EntityTerm[], span: NameSpan): boolean {
  const connector = terms
    .slice(span.from + 1, span.to)
    .findLast((term) => PORTFOLIO_CONNECTORS.has(term.text));
  const head = connector ? terms[connector.index - 1] : undefined;
  if (!connector || !head || !/^\p{Lu}/u.test(head.text)) return false;
  if (!head.tags.has('EntOrgSuffix') && !head.tags.has('EntTitle')) return false;
  const from = terms[connector.index + 1]?.text === 'the' ? connector.index + 2 : connector.index + 1;
  const fields = terms.slice(from, span.to + 1).filter((term) => term.text !== 'and').length;
  return fields >= 1 && fields <= 3 && isPortfolioPart(terms, makeSpan(terms, from, span.to, ''));
}

/** "Ministry of", "Department for", "Commission on": the words between a head and its portfolio. */
const PORTFOLIO_CONNECTORS = new Set(['of', 'for', 'on']);

const NOT_PORTFOLIO_TAGS = ['EntOrgSuffix', 'EntPlaceSuffix', 'Place', 'Person', 'Acronym', 'Date', 'Value'];

/** A part of a portfolio: common words in capitals; the last may end with whose it is ("... of Ghana"). */
function isPortfolioPart(terms: readonly EntityTerm[], span: NameSpan): boolean {
  const words = terms.slice(span.from, span.to + 1);
  const of = words.findIndex((term) => term.text === 'of');
  const own = of > 0 && words.slice(0, of).some((term) => term.text === 'and') ? words.slice(0, of) : words;
  return own.every(
    (term) =>
      (term.text === 'and' || /^\p{Lu}\p{Ll}+$/u.test(term.text)) &&
      !term.possessive &&
      // "Culture, Youth and Media": a field's word may also head a company's name ("Acme Media").
      (!NOT_PORTFOLIO_TAGS.some((tag) => term.tags.has(tag)) || isFieldWord(term)),
  );
}

/**
 * "the Energy, Water and Transport Commission": a name that is itself a series has its first members
 * cut off by commas; joins them back when "the" opens the series and the last part holds "and".
 */
function joinSeriesNames(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const series =
      previous !== undefined &&
      previous.from === previous.to &&
      text.slice(previous.end, span.start) === ', ' &&
      terms[previous.from - 1]?.text === 'the' &&
      terms.slice(span.from, span.to + 1).some((term) => term.text === 'and') &&
      terms.slice(span.from, span.to + 1).some((term) => term.tags.has('EntOrgSuffix'));
    if (series) joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    else joined.push(span);
  }
  return joined;
}

/** A word of the portfolio vocabulary that no place, person or acronym tag claims. */
function isFieldWord(term: EntityTerm): boolean {
  return isPortfolioWord(term.text) && !['Place', 'Person', 'Acronym'].some((tag) => term.tags.has(tag));
}
