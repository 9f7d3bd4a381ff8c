/** A bullet that opens a list item: "- ", "* ", "+ ", "• ", "– ". */
export const BULLET_ITEM = /^[ \t]*[-+*•–][ \t]/;

/** A number that opens a list item: "2. ", "3) ". */
export const NUMBERED_ITEM = /^[ \t]*\d{1,3}[.)][ \t]/;

/**
 * Whether a line opens an item of a list, by a bullet or a number ("- a panel on Friday", "2. a visit").
 *
 * @example
 * opensListItem('- a seed swap') // true
 * opensListItem('The fair opens.') // false
 */
export function opensListItem(line: string): boolean {
  return BULLET_ITEM.test(line) || NUMBERED_ITEM.test(line);
}
