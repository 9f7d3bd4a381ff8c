import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';

/** A label that opens a block of contact details: "Media contact:", "For more information:". */
const CONTACT_LABEL =
  /\b(?:contacts?|enquiries|inquiries|information|press office|media relations)\s*:?\s*$/i;
/** Words of a job title that the line under a contact's name opens with or holds. */
const CONTACT_TITLE =
  /\b(?:manager|officer|director|head|spokesperson|spokesman|spokeswoman|adviser|advisor|coordinator|lead|specialist|executive|secretary|communications|press|media)\b/i;
/** How far around a line its neighbours are read, so each look stays bounded. */
const LINE_REACH = 160;

/**
 * Whether the words are a name alone on its line in a block of contact details: under a contact label
 * ("Media contact:"), or over a line with a job title ("Communications Manager, Acme"). Releases end
 * with such blocks, and the name there has no title or verb beside it to tell it is a person's.
 *
 * @example
 * isContactName(context, rangeOf('Ama Owusu-Boateng')) // true in 'Media contact:\nAma Owusu-Boateng\nPress Officer'
 */
export function isContactName(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (!first || !last || terms.length < 2 || terms.length > 4 || !terms.every(isCapitalized)) return false;
  const { text } = context;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const lineEnd = text.indexOf('\n', last.end);
  const end = lineEnd < 0 ? text.length : lineEnd;
  if (text.slice(lineStart, first.start).trim() !== '' || text.slice(last.end, end).trim() !== '')
    return false;
  const previousLine = text
    .slice(Math.max(0, lineStart - LINE_REACH), Math.max(0, lineStart - 1))
    .split('\n')
    .pop();
  const nextLine =
    lineEnd < 0 ? '' : (text.slice(lineEnd + 1, lineEnd + 1 + LINE_REACH).split('\n')[0] ?? '');
  return CONTACT_LABEL.test(previousLine ?? '') || CONTACT_TITLE.test(nextLine);
}
