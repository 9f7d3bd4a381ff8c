import type { Token } from '../speech/speech-tokens.ts';
import { holderOfWholeTitle } from './speaker-antecedents.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from './speaker-context.ts';

/** How many lower-case words the office may have ("president", "managing director"). */
const OFFICE_REACH = 3;

/**
 * "The president of the Kessel Port Authority (KPA) said ...", after "KPA President Jo Doe": the
 * subject is an office of an organization, and its holder is the person whose title holds both the
 * office and the organization's name as the text wrote it. Null when no listed person holds it, so
 * the organization is not taken for the speaker either.
 *
 * @example
 * officeHolderSubject(context, tokensOf('The president of the KPA')) // Jo Doe
 */
export function officeHolderSubject(context: SpeakerContext, tokens: readonly Token[]): Speaker | null {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return null;
  const organization = mentionsWithin(context, 0, last.end + 1).findLast(
    (mention) => mention.end === last.end && mention.kind === 'organization',
  );
  if (organization === undefined) return null;
  const first = tokens.findIndex((token) => token.start >= organization.start);
  let at = first - 1;
  if (tokens[at]?.lower === 'the') at--;
  if (tokens[at]?.lower !== 'of') return null;
  const office: string[] = [];
  for (at--; at >= 0 && office.length < OFFICE_REACH; at--) {
    const word = tokens[at] as Token;
    if (word.lower === 'the') break;
    if (word.text !== word.lower) return null;
    office.unshift(word.lower);
  }
  if (office.length === 0 || tokens[at]?.lower !== 'the') return null;
  const named = tokens.slice(first).map((token) => token.lower);
  return holderOfWholeTitle(context, organization.start, [...named, ...office]);
}
