import { describe, expect, it } from 'vitest';
import { markdownAsText } from './markdown-text.ts';

describe('markdownAsText', () => {
  it.each([
    [
      'an inline link reads as its text',
      'said [Dana Okafor](https://x.example/team/dana).',
      'said Dana Okafor.',
    ],
    [
      'a link with a title',
      'the [Elmira Chamber](https://x.example "Chamber") said',
      'the Elmira Chamber said',
    ],
    [
      'a link whose address holds parentheses',
      'see [the map](https://x.example/a_(b)) here',
      'see the map here',
    ],
    ['a reference link', 'hosted by the [Elmira Chamber][chamber].', 'hosted by the Elmira Chamber.'],
    [
      'an image is no text',
      'Opened.\n\n![The hub](https://x.example/hub.jpg)\n\nClosed.',
      'Opened.\n\n\n\nClosed.',
    ],
    ['a link definition is no text', 'Opened.\n\n[chamber]: https://x.example\n', 'Opened.\n\n\n'],
    [
      'emphasis, headings and lists stay',
      '# Title\n\n- **Dana** said *so*.',
      '# Title\n\n- **Dana** said *so*.',
    ],
    ['brackets that are no link stay', 'the fee [in euros] (about 40)', 'the fee [in euros] (about 40)'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownAsText(markdown)).toBe(text);
  });
});
