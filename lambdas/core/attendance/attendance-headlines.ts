import { readHeaderBlock } from '../dates/date-header-block.ts';

/**
 * Where the headline lines of a release end: the lines of its header block before the first line of
 * running prose (labels, headlines, subheadlines). A count a headline states is mostly the one the
 * body states again, often with other words ("42 young architects" for "42 students"), so the rules
 * keep the body's statement of it. 0 when the release opens with prose.
 *
 * @example
 * headlineEnd('Ninety pilots meet in Varnsdorf\n\nNinety trainee pilots attended the camp on Monday, the club said in a statement.')
 * // 31
 */
export function headlineEnd(text: string): number {
  let end = 0;
  for (const line of readHeaderBlock(text)) {
    if (line.body) break;
    end = line.end;
  }
  return end;
}
