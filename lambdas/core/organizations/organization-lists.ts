import { type Candidate, candidate, trimLeadingThe } from '../entities/entity-candidate.ts';
import { type EntityContext, rangeTerms } from '../entities/entity-context.ts';
import { makeSpan, type NameSpan } from '../entities/name-span.ts';
import { isKnownPlace } from '../locations/locations.ts';
import { isTitleWord } from '../people/people.ts';
import { hasOrganizationHead } from './organization-heads.ts';

/** Names listed with an organization ("Acme, Globex and Initech") or after "companies like". */
export function organizationsInLists(
  context: EntityContext,
  spans: readonly NameSpan[],
  unclassified: readonly NameSpan[],
  candidates: readonly Candidate[],
): Candidate[] {
  const open = new Set(unclassified);
  const strongStarts = new Set(
    candidates.filter((c) => c.kind === 'organization' && c.score >= 3).map((c) => c.start),
  );
  const isOrganization = (span: NameSpan) =>
    rangeTerms(context, span).some((term) => strongStarts.has(term.start)) ||
    // "the Tarvel Water Board (TWB)": a long form the text defines is a name it is sure of.
    isDefinedOrganization(context, span) ||
    rangeTerms(context, span).every((term) => term.tags.has('EntLexOrganization'));
  const found: Candidate[] = [];
  let list: NameSpan[] = [];
  const flush = () => {
    const first = list[0];
    const introduced = first !== undefined && listIntroducedByOrganizationNoun(context, first);
    const parenthesized = first !== undefined && context.terms[first.from]?.pre.includes('(');
    const coordinated = list.some(
      (span, index) => index > 0 && /\band\b/.test(context.text.slice(list[index - 1]?.end ?? 0, span.start)),
    );
    if (list.length >= 2 && !parenthesized && (introduced || (coordinated && list.some(isOrganization)))) {
      for (const span of list) {
        if (open.has(span) && !isKnownPlace(context, span) && !isOfficeTitle(context, span)) {
          found.push(candidate(context, 'organization', trimLeadingThe(context, span), 2));
        }
      }
    }
    list = [];
  };
  let previous: NameSpan | undefined;
  for (const span of spans) {
    // "the Tarvel Water Board (TWB) and Kessu Power": the short form in parentheses is no list item.
    if (previous && isShortFormAfter(context, previous, span)) {
      previous = span;
      continue;
    }
    const joined =
      previous &&
      /^\)?(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/.test(
        context.text.slice(previous.end, span.start).replace(/^['’]s/, ''),
      );
    if (!joined) flush();
    // "Acme, Globex and Initech": the last two items of a serial list are one run of capitals.
    const items = joined ? lastTwoItems(context, span) : [span];
    for (const item of items) if (open.has(span)) open.add(item);
    list.push(...items);
    previous = span;
  }
  flush();
  return found;
}

/**
 * The two names a run of capitalized words joins with its one "and", when the run closes a list after a
 * comma ("Globex and Initech" in "Acme, Globex and Initech"); the run itself otherwise.
 */
function lastTwoItems(context: EntityContext, span: NameSpan): NameSpan[] {
  const terms = rangeTerms(context, span);
  const ands = terms.filter((term) => term.text === 'and');
  const and = ands[0];
  if (ands.length !== 1 || !and || and.index <= span.from || and.index >= span.to) return [span];
  // "Institute for Startup and Entrepreneurship Development": an "and" inside a name with "for" or "of"
  // joins its fields, not two names.
  if (terms.some((term) => term !== and && term.text !== 'the' && !/^\p{Lu}/u.test(term.text))) return [span];
  const right = context.terms[and.index + 1]?.text === 'the' ? and.index + 2 : and.index + 1;
  if (right > span.to) return [span];
  return [
    makeSpan(context.terms, span.from, and.index - 1, context.text),
    makeSpan(context.terms, right, span.to, context.text),
  ];
}

function listIntroducedByOrganizationNoun(context: EntityContext, first: NameSpan): boolean {
  const before = context.text.slice(Math.max(0, first.start - 40), first.start).toLowerCase();
  const match = /(\p{L}+)(?:,)?\s+(?:like|including|such as|,)\s+(?:the\s+)?$/u.exec(before);
  const noun = match?.[1];
  if (!noun) return false;
  for (let index = first.from - 1; index >= Math.max(0, first.from - 5); index--) {
    const term = context.terms[index];
    if (term?.text.toLowerCase() === noun) return term.tags.has('EntOrgNoun');
  }
  return false;
}

/** Whether the span is defined right here ("... Board (TWB)"), headed by an organization word. */
function isDefinedOrganization(context: EntityContext, span: NameSpan): boolean {
  return (
    context.knownForms.has(span.text) &&
    context.text.startsWith(' (', span.end) &&
    hasOrganizationHead(context, trimLeadingThe(context, span))
  );
}

/** "Tarvel Water Board (TWB)": the span is the short form in parentheses right after the one before. */
function isShortFormAfter(context: EntityContext, previous: NameSpan, span: NameSpan): boolean {
  return (
    context.text.slice(previous.end, span.start) === ' (' &&
    context.text[span.end] === ')' &&
    context.knownForms.has(span.text)
  );
}

/**
 * "the Minister for Works and Highways, Hon. Jo Bloggs, and the Acme Bank", "the Harbour Master, Captain
 * Jo Bloggs, and the Port Trust": an office, opened by its title word or headed by a noun for one
 * person's role, is listed beside the bodies but is no body itself.
 */
function isOfficeTitle(context: EntityContext, span: NameSpan): boolean {
  const range = trimLeadingThe(context, span);
  const first = context.terms[range.from];
  const last = context.terms[range.to];
  if (!first || !last || hasOrganizationHead(context, range)) return false;
  return isTitleWord(first) || isTitleWord(last) || (last.tags.has('Actor') && last.tags.has('Singular'));
}
