/** An image: `![alt](src "title")`. Its picture is no text of the release. */
const IMAGE = /!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
/** An inline link: `[text](href "title")`; its text is what a reader sees. */
const INLINE_LINK = /\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
/** A reference link: `[text][id]` or `[text][]`. */
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
/** A link definition on a line of its own: `[id]: https://…`. */
const LINK_DEFINITION = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S+.*$/gm;

/**
 * Markdown as a reader sees it, for the parts that would break names and sentences: a link reads as its
 * text ("[Dana Okafor](https://…) said" -> "Dana Okafor said"), an image and a link definition as
 * nothing. Emphasis, headings and lists stay: they are single characters the extractor reads past.
 *
 * @example
 * markdownAsText('Hosted by the [Elmira Chamber](https://chamber.example).') // 'Hosted by the Elmira Chamber.'
 */
export function markdownAsText(markdown: string): string {
  return markdown
    .replace(IMAGE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(LINK_DEFINITION, '');
}
