import { type EntityContext, type TermRange, termBefore } from '../entities/entity-context.ts';
import { headTerm } from './organization-heads.ts';

/** Heads of schools and research bodies, whose students and staff come "from" them. */
const SCHOOL_HEADS = new Set(['University', 'College', 'School', 'Academy', 'Institute', 'Polytechnic']);

/** Plural nouns for the members of a school or a research body. */
const MEMBER_NOUNS = new Set([
  'students',
  'pupils',
  'learners',
  'teachers',
  'lecturers',
  'researchers',
  'scientists',
  'scholars',
  'professors',
  'staff',
  'graduates',
  'alumni',
  'faculty',
]);

/**
 * "25 students from Tarvo-Kessa State University", "researchers from the Orvo Polytechnic": people
 * "from" a school are its members, so the school is the body they belong to, an organization, not the
 * place they come from.
 *
 * @example
 * isSchoolOfMembers(context, rangeOf('Orvo State University')) // true in 'students from Orvo State University'
 */
export function isSchoolOfMembers(context: EntityContext, range: TermRange): boolean {
  const head = headTerm(context, range);
  if (range.from === range.to || !head || !SCHOOL_HEADS.has(head.text)) return false;
  const article = termBefore(context, range)?.text.toLowerCase() === 'the' ? 1 : 0;
  const from = termBefore(context, range, 1 + article);
  const members = termBefore(context, range, 2 + article);
  return from?.text === 'from' && MEMBER_NOUNS.has(members?.text.toLowerCase() ?? '');
}
