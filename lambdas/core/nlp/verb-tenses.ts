import { type ParsedRelease, type ParsedTerm, parsedTerms } from './world.ts';

/** Whether a verb group speaks of the past, the present, or what is yet to come. */
export type VerbTense = 'past' | 'present' | 'future';

/** A run of adjacent verb words ("would visit", "has been approved") with its tense. */
export interface VerbGroup {
  readonly start: number;
  readonly end: number;
  readonly tense: VerbTense;
}

interface VerbTerm {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly tags: ReadonlySet<string>;
}

/** Auxiliaries that make a group speak of the present whatever follows ("is being debated"). */
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'do', 'does', "isn't", "aren't", "don't", "doesn't"]);
/** Auxiliaries that make a group speak of the past ("was held", "has been appointed", "had met"). */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'has', 'have', "wasn't", "weren't", "hadn't"]);
/** An infinitive after "to" looks ahead: "is expected to open", "plans to vote". */
const TO_BEFORE = /\bto\s+$/i;
/** A participle after these words modifies a noun, no verb: "the first scheduled sailing". */
const MODIFIER_BEFORE =
  /\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|first|next|newly|recently|all)\s+$/i;

/**
 * Finds the verb groups of the one shared parse in text order, each with its tense: a modal makes it
 * future ("will open", "would visit"), a past form past ("approved", "has been named"), "to" before
 * an infinitive future ("to open"), anything else present ("meets", "is holding"); the first word
 * is the finite one. A participle after a determiner modifies a noun ("the first scheduled sailing")
 * and a gerund has no tense of its own ("Speaking on Monday, ..."): both are left out. An empty list when
 * the parse is of another text.
 *
 * @example
 * const release = prepareText('The board approved it and would meet again.');
 * findVerbGroups(parseRelease(release.text), release.text).map((group) => group.tense)
 * // ['past', 'future']
 */
export function findVerbGroups(parsed: ParsedRelease, text: string): VerbGroup[] {
  if (parsed.text !== text) return [];
  const groups: VerbGroup[] = [];
  for (const terms of verbRuns(parsed)) {
    const first = terms[0];
    const last = terms[terms.length - 1];
    if (first === undefined || last === undefined) continue;
    const before = text.slice(Math.max(0, first.start - 12), first.start);
    if (first.tags.has('PastTense') && MODIFIER_BEFORE.test(before)) continue;
    // A gerund has no tense of its own: "Speaking on Monday, she said" takes the tense of "said".
    if (first.tags.has('Gerund')) continue;
    const toBefore = TO_BEFORE.test(before);
    groups.push({ start: first.start, end: last.end, tense: tenseOf(terms, toBefore) });
  }
  return groups.sort((a, b) => a.start - b.start);
}

/** The runs of adjacent verb words in each sentence, read from the parse in place. */
function verbRuns(parsed: ParsedRelease): VerbTerm[][] {
  const runs: VerbTerm[][] = [];
  for (const sentence of parsedTerms(parsed)) {
    let run: VerbTerm[] = [];
    sentence.forEach((term, index) => {
      // "a volunteer clean-up", "the follow-up": a verb hyphenated to its particle is a noun; the
      // verb writes the two apart ("clean up").
      const compound =
        isParticleCompound(term, sentence[index + 1]) || isParticleCompound(sentence[index - 1], term);
      if (term.tags.has('Verb') && !compound) run.push(verbTerm(term));
      else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    });
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/** Particles a compound noun ends in after its hyphen ("clean-up", "check-in", "drop-off"). */
const COMPOUND_PARTICLES = new Set([
  'up',
  'in',
  'out',
  'off',
  'over',
  'down',
  'on',
  'back',
  'through',
  'away',
]);

/** A word hyphenated to the particle after it: one compound noun or adjective, no verb. */
function isParticleCompound(word: ParsedTerm | undefined, particle: ParsedTerm | undefined): boolean {
  return word?.post === '-' && COMPOUND_PARTICLES.has(particle?.text.toLowerCase() ?? '');
}

function verbTerm(term: ParsedTerm): VerbTerm {
  const { start, length } = term.offset;
  return { start, end: start + length, word: term.text.toLowerCase(), tags: term.tags };
}

function tenseOf(terms: readonly VerbTerm[], toBefore: boolean): VerbTense {
  if (toBefore) return 'future';
  if (terms.some((term) => term.tags.has('Modal') || term.tags.has('FutureTense'))) return 'future';
  const first = terms[0];
  if (first === undefined) return 'present';
  if (terms.length > 1) {
    if (PRESENT_AUXILIARIES.has(first.word)) return 'present';
    if (PAST_AUXILIARIES.has(first.word)) return 'past';
  }
  // The first word is the finite verb: "reopens rebuilt" is present, "approved" past.
  return first.tags.has('PastTense') ? 'past' : 'present';
}
