import { BULLET_ITEM, NUMBERED_ITEM } from './list-items.ts';

/** Lines of a block longer than this were not wrapped by hand or by a mailer: the block is left alone. */
const MAX_WRAP_WIDTH = 110;
/** Blocks whose longest line is shorter than this are lists of short lines (an address, a sign-off). */
const MIN_WRAP_WIDTH = 40;
/** A line shorter than this share of the block's longest line ends a line of its own (a title, a header). */
const FULL_LINE_SHARE = 0.6;
/** A line at least this share of the longest is filled to the width, as a wrapped line is. */
const FILLED_LINE_SHARE = 0.75;
/** In a wrapped block most lines but the last are filled; in a contact block or an address, few are. */
const MIN_FILLED_LINES = 0.6;

/** A line that opens a Markdown heading, quote or table row, or a "Label:" field. */
const OWN_LINE_START = /^[ \t]*(?:#|>|\||[\p{Lu}][\p{L} ]{0,20}:[ \t])/u;
/** A line that ends a sentence, a lead-in or an item: a numbered line after it is an item. */
const CLOSED_END = /[.:;!?)"”’]\s*$/;
/** Markdown's hard line break: two spaces at the end of the line. */
const HARD_BREAK_END = / {2}$/;

/**
 * Joins the lines of hard-wrapped paragraphs (plain text wrapped at a fixed width by a mailer or a
 * wire feed, Markdown written with soft line breaks): each line break inside a wrapped block becomes
 * a space, so a sentence or a name cut by the wrap reads whole. The length, and so every offset, stays
 * the same. A block is wrapped when its longest line is between MIN_WRAP_WIDTH and MAX_WRAP_WIDTH
 * characters and most of its lines but the last are filled nearly to that width; inside it a line is
 * continued when it is nearly full and the next line opens no list item, heading or "Label:" field of
 * its own. Blank lines (paragraph breaks) are never touched.
 *
 * @example
 * unwrapLines('The harbour master said that the new ferry terminal would\nopen in May.') // one line
 * unwrapLines('Media contact:\nAna Ruiz') // unchanged: short lines are lines of their own
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const joins: number[] = [];
  for (const block of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]+)+/g)) {
    const lines = block[0].split('\n');
    const longest = lines.reduce((most, line) => Math.max(most, line.trimEnd().length), 0);
    if (!looksWrapped(lines, longest)) continue;
    let offset = block.index;
    for (let i = 0; i < lines.length - 1; i++) {
      const line = lines[i] ?? '';
      offset += line.length;
      if (continuesOnNextLine(line, lines[i + 1] ?? '', longest)) joins.push(offset);
      offset += 1;
    }
  }
  if (joins.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of joins) {
    parts.push(text.slice(from, at), ' ');
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function looksWrapped(lines: readonly string[], longest: number): boolean {
  if (longest > MAX_WRAP_WIDTH || longest < MIN_WRAP_WIDTH) return false;
  const leading = lines.slice(0, -1);
  const filled = leading.filter((line) => line.trimEnd().length >= FILLED_LINE_SHARE * longest);
  return filled.length >= MIN_FILLED_LINES * leading.length;
}

function continuesOnNextLine(line: string, next: string, longest: number): boolean {
  if (line.trimEnd().length < FULL_LINE_SHARE * longest) return false;
  if (HARD_BREAK_END.test(line) || BULLET_ITEM.test(next) || OWN_LINE_START.test(next)) return false;
  // A number may open an item, or go on with a sentence ("under\n25. She").
  if (NUMBERED_ITEM.test(next) && (CLOSED_END.test(line) || NUMBERED_ITEM.test(line))) return false;
  // A heading, a quotation line or a table row keeps its own line, whatever its length.
  return !/^[ \t]*(?:#|>|\|)/.test(line);
}
