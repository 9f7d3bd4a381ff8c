import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isAbbreviatedHonorific, isElidedHonorific } from '../people/person-honorifics.ts';
import { isInitial } from './entity-word-shape.ts';
import { isLegalForm } from './legal-forms.ts';

/** Words that open a sentence, not a name, after an abbreviation's full stop. */
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'In',
  'On',
  'At',
]);

/** "Tarvel-based", "Osk-born": a place's name joined to a participle of where someone or something is. */
export const PLACE_COMPOUND = /^(.*\p{L})-(?:based|headquartered|born)$/iu;

/**
 * Whether punctuation between two words ends any name that runs across them.
 *
 * @example
 * breaksName(termOf('Doe,'), termOf('Chief')) // true: the comma ends the name
 */
export function breaksName(left: EntityTerm, right: EntityTerm): boolean {
  // "Assoc. Prof. Jane Doe", "Arch. Jane Doe": compromise may end a sentence at an abbreviated
  // title's full stop; a name that follows it still belongs with it.
  const titleCutShort = isAbbreviatedHonorific(left) && /^\p{Lu}/u.test(right.text);
  if (left.sentence !== right.sentence && !(titleCutShort && !SENTENCE_OPENERS.has(right.text))) return true;
  // "Tarvel-based Velmar Ltd": the place of the compound qualifies the name after it, apart.
  if (PLACE_COMPOUND.test(left.text)) return true;
  // An opening quotation mark, bracket or emphasis mark ("*Las casas*", "_Dune_") opens a title of its own.
  if (/["“”‘«„([/*_]/.test(right.pre)) return true;
  // "Acme Energia S.A. The plant ...": the legal form's own full stop also ends the sentence.
  if (/\.$/.test(left.text) && isLegalForm(left.text) && SENTENCE_OPENERS.has(right.text)) return true;
  const between = left.post.trim();
  if (between === '') return false;
  // "Dato' Aminah Rahman", "Smt. Asha Rao": the mark closes the honorific, not the name.
  if (isElidedHonorific(left) || isAbbreviatedHonorific(left)) return false;
  // "the Tarn Weavers’ Cooperative": a plural possessive inside a name.
  if (
    /^['’]$/.test(between) &&
    /s$/.test(left.text) &&
    /^\p{Lu}/u.test(right.text) &&
    left.post.startsWith(between)
  )
    return false;
  const abbreviated = isInitial(left) || left.tags.has('Honorific') || left.tags.has('Abbreviation');
  // "Oracle Corp. The company ...": a full stop after an abbreviation that a new sentence follows.
  const opensSentence =
    SENTENCE_OPENERS.has(right.text) ||
    ['Determiner', 'Pronoun', 'Preposition', 'Conjunction'].some((tag) => right.tags.has(tag));
  if (between === '.' && abbreviated && !opensSentence) return false;
  return true;
}
