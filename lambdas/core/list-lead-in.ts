import { opensListItem } from './list-items.ts';
import type { TextSpan } from './types.ts';

/** How many lines back the lead-in is looked for, so each look stays bounded. */
const MAX_ITEMS_BACK = 12;

/**
 * The line that introduces the list `position` stands in ("Key sessions include:"), when `position`
 * is inside a list item and the nearest line above the list's items ends with a colon; else null. A
 * list item often has no verb of its own ("- a poster evening on Thursday"): its lead-in's verb gives
 * its tense.
 *
 * @example
 * const text = 'The week includes:\n\n- a talk on Friday;\n- a walk on Sunday.';
 * listLeadIn(text, text.indexOf('Sunday'))?.text // 'The week includes:'
 */
export function listLeadIn(text: string, position: number): TextSpan | null {
  let lineStart = text.lastIndexOf('\n', position - 1) + 1;
  if (!opensListItem(text.slice(lineStart, lineStart + 8))) return null;
  for (let back = 0; back < MAX_ITEMS_BACK && lineStart > 0; back++) {
    const previousEnd = lineStart - 1;
    const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
    const line = text.slice(previousStart, previousEnd);
    lineStart = previousStart;
    if (line.trim() === '' || opensListItem(line)) continue;
    const trimmed = line.trimEnd();
    return trimmed.endsWith(':')
      ? { start: previousStart, end: previousStart + trimmed.length, text: trimmed }
      : null;
  }
  return null;
}
