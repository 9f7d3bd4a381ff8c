import type { Quote } from '../../model/press-record.ts';
import { parseRelease } from '../nlp/world.ts';
import { extractQuotes } from '../quotes/quotes.ts';
import { prepareText } from '../release-text.ts';
import { entitiesNamed } from '../speakers/speaker-context.test-support.ts';

/** The quotes of `text`, with the people and organizations given by hand. */
export function quotesNamed(
  text: string,
  people: readonly string[],
  organizations: readonly string[] = [],
): Quote[] {
  const release = prepareText(text);
  return extractQuotes(release, parseRelease(release.text), entitiesNamed(people, organizations));
}

/** A reported statement, as the extractor lists it. */
export const reported = (speaker: string, text: string): Quote => ({ speaker, text, type: 'indirect' });
