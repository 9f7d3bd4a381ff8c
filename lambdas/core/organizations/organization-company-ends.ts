import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isLegalForm, isPrefixLegalForm } from '../entities/legal-forms.ts';
import { makeSpan, type NameSpan } from '../entities/name-span.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';

/**
 * "President Director of PT Kessu Jaya Ana Lestari Putri said": a company's name with its legal form
 * ("PT Kessu Jaya", "Kessu Trading Ltd") that the text writes alone elsewhere ends there when it runs
 * straight into more capitalized words, a person's name or a title. Cuts such runs after the company,
 * so that each part is read by itself. The company's own longer forms ("PT Kessu Jaya Tbk", "PT Kessu
 * Jaya Group") are left whole.
 *
 * @example
 * cutAfterCompanyNames(terms, spans, text) // 'PT Kessu Jaya Ana Putri' -> 'PT Kessu Jaya', 'Ana Putri'
 */
export function cutAfterCompanyNames(
  terms: readonly EntityTerm[],
  spans: NameSpan[],
  text: string,
): NameSpan[] {
  const companies = new Set(spans.filter((span) => isCompanyName(terms, span)).map((span) => span.text));
  if (companies.size === 0) return spans;
  return spans.flatMap((span) => {
    const end = companyEnd(terms, span, companies, text);
    if (end < 0) return [span];
    return [makeSpan(terms, span.from, end, text), makeSpan(terms, end + 1, span.to, text)];
  });
}

/** "PT Kessu Jaya", "Kessu Trading Ltd": a run of two words or more with a legal form at either end. */
function isCompanyName(terms: readonly EntityTerm[], span: NameSpan): boolean {
  return (
    span.to > span.from && (isPrefixLegalForm(terms[span.from]?.text) || isLegalForm(terms[span.to]?.text))
  );
}

/** The index of the last word of a known company's name inside the span, before more words; or -1. */
function companyEnd(
  terms: readonly EntityTerm[],
  span: NameSpan,
  companies: ReadonlySet<string>,
  text: string,
): number {
  for (let end = span.to - 1; end > span.from; end--) {
    const next = terms[end + 1];
    if (!next || isLegalForm(next.text) || next.tags.has('EntOrgSuffix') || !/^\p{Lu}/u.test(next.text))
      continue;
    for (let from = span.from; from < end; from++) {
      if (companies.has(makeSpan(terms, from, end, text).text)) return end;
    }
  }
  return -1;
}

/**
 * "President Director of PT Kessu Jaya", when the text names "PT Kessu Jaya" again: an office, "of" and
 * a company its legal form opens; the words after the form are the company's, never its holder's name.
 * Named once, the company may run into its holder's name ("... of PT Kessu Ana Putri"), which the
 * title's reader splits off.
 *
 * @example
 * endsWithPrefixedCompany(context, rangeOf('President Director of PT Kessu Jaya')) // true
 */
export function endsWithPrefixedCompany(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const form = terms.findIndex((term, index) => index > 0 && isPrefixLegalForm(term.text));
  const first = terms[form];
  const last = terms[terms.length - 1];
  if (form <= 0 || !first || !last || !['of', 'at'].includes(terms[form - 1]?.text ?? '')) return false;
  const company = context.text.slice(first.start, last.end);
  return form < terms.length - 1 && context.text.split(company).length > 2;
}
