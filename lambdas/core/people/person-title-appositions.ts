import { type EntityContext, type TermRange, termBefore } from '../entities/entity-context.ts';

/**
 * "where the Minister of State for Rural Water Supply, Dr. Grace Okello, cut the ribbon": a run of
 * capitals opened by "the" and closed by a comma before an honorific or a given name is a title set in
 * apposition to the name after the comma, portfolio and all; its last words name no one.
 *
 * @example
 * titlesNameAfterComma(context, rangeOf('Minister of State for Rural Water Supply')) // true
 * titlesNameAfterComma(context, rangeOf('Minister of Culture Ana Ruiz')) // false: no comma and name after it
 */
export function titlesNameAfterComma(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const next = context.terms[range.to + 1];
  if (termBefore(context, range)?.text.toLowerCase() !== 'the' || last === undefined || next === undefined)
    return false;
  if (!/^\s*,\s*$/u.test(context.text.slice(last.end, next.start))) return false;
  return next.tags.has('Honorific') || next.tags.has('FirstName');
}
