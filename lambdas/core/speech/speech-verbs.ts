import type { Token } from './speech-tokens.ts';
import { readsAsNoun } from './speech-verb-nouns.ts';

/**
 * How a speech verb takes what was said:
 * - `say`: a "that" clause or a bare clause ("said that the plan works", "said the plan works")
 * - `attribute`: only a "that" clause or a quotation; verbs with other common senses ("concluded the
 *   event", "shared the stage", "reported revenue") that report speech only in those two frames
 * - `state`: a "that" clause, a bare clause or a noun phrase ("emphasized the need for ...")
 * - `tell`: an addressee, then "that" ("told reporters that ...", "informed that ...")
 * - `urge`: an addressee and a "to" clause ("urged the youth to ...", "called on leaders to ...")
 * - `call-for`: a noun phrase after "for" ("called for joint efforts ...")
 * - `express`: a noun phrase ("expressed readiness to ...")
 * - `name`: a coined phrase in quotation marks ("what she called a "quiet revolution"")
 */
export type SpeechFrame = 'say' | 'attribute' | 'state' | 'tell' | 'urge' | 'call-for' | 'express' | 'name';

export interface SpeechVerb {
  readonly frame: SpeechFrame;
  /** An -ing form ("adding that ..."), which reports for the subject of the clause it hangs from. */
  readonly participle: boolean;
  /** Offsets of the verb with its particle ("pointed out", "called for"). */
  readonly start: number;
  readonly end: number;
  /** How many tokens the verb takes. */
  readonly length: number;
}

interface Lemma {
  readonly frame: SpeechFrame;
  readonly forms: readonly string[];
  readonly participles: readonly string[];
  /** A word that must follow ("out" in "pointed out"). */
  readonly particle?: string;
}

// Only forms that are rarely anything but a verb: "remarks", "notes", "states", "highlights" also work as
// nouns, and capitalized forms are refused by the caller, which keeps "Highlights of ..." out.
const LEMMAS: readonly Lemma[] = [
  { frame: 'say', forms: ['say', 'says', 'said'], participles: ['saying'] },
  { frame: 'say', forms: ['stated'], participles: ['stating'] },
  // "one of the youngest state universities, was founded": the bare form is a noun or an adjective far more
  // often than a verb, which it is only before "that" or a quotation.
  { frame: 'attribute', forms: ['state'], participles: [] },
  { frame: 'attribute', forms: ['add', 'adds', 'added'], participles: ['adding'] },
  { frame: 'state', forms: ['note', 'noted'], participles: ['noting'] },
  { frame: 'state', forms: ['emphasize', 'emphasizes', 'emphasized'], participles: ['emphasizing'] },
  { frame: 'state', forms: ['emphasise', 'emphasises', 'emphasised'], participles: ['emphasising'] },
  { frame: 'state', forms: ['stress', 'stresses', 'stressed'], participles: ['stressing'] },
  { frame: 'state', forms: ['highlight', 'highlighted'], participles: ['highlighting'] },
  { frame: 'state', forms: ['underline', 'underlines', 'underlined'], participles: ['underlining'] },
  { frame: 'state', forms: ['point', 'points', 'pointed'], participles: ['pointing'], particle: 'out' },
  { frame: 'state', forms: ['announce', 'announces', 'announced'], participles: ['announcing'] },
  { frame: 'state', forms: ['pledge', 'pledged'], participles: ['pledging'] },
  { frame: 'say', forms: ['remarked'], participles: ['remarking'] },
  { frame: 'say', forms: ['observed'], participles: ['observing'] },
  { frame: 'say', forms: ['explain', 'explains', 'explained'], participles: ['explaining'] },
  { frame: 'say', forms: ['declare', 'declares', 'declared'], participles: ['declaring'] },
  { frame: 'say', forms: ['assert', 'asserts', 'asserted'], participles: ['asserting'] },
  { frame: 'state', forms: ['affirm', 'affirms', 'affirmed'], participles: ['affirming'] },
  { frame: 'state', forms: ['reiterate', 'reiterates', 'reiterated'], participles: ['reiterating'] },
  { frame: 'state', forms: ['underscore', 'underscores', 'underscored'], participles: ['underscoring'] },
  { frame: 'say', forms: ['comment', 'commented'], participles: ['commenting'] },
  { frame: 'state', forms: ['acknowledge', 'acknowledges', 'acknowledged'], participles: ['acknowledging'] },
  { frame: 'state', forms: ['confirm', 'confirms', 'confirmed'], participles: ['confirming'] },
  { frame: 'say', forms: ['warn', 'warns', 'warned'], participles: ['warning'] },
  { frame: 'state', forms: ['mention', 'mentions', 'mentioned'], participles: ['mentioning'] },
  { frame: 'attribute', forms: ['continued'], participles: [] },
  { frame: 'attribute', forms: ['concluded'], participles: ['concluding'] },
  { frame: 'attribute', forms: ['recalled'], participles: ['recalling'] },
  { frame: 'attribute', forms: ['insisted'], participles: ['insisting'] },
  { frame: 'attribute', forms: ['suggested'], participles: ['suggesting'] },
  { frame: 'attribute', forms: ['shared'], participles: [] },
  { frame: 'attribute', forms: ['wrote'], participles: ['writing'] },
  { frame: 'attribute', forms: ['reported'], participles: [] },
  { frame: 'attribute', forms: ['claimed'], participles: ['claiming'] },
  { frame: 'attribute', forms: ['argued'], participles: ['arguing'] },
  // "cautioned against haste", "predicted rain": speech only before "that" or a quotation.
  { frame: 'attribute', forms: ['cautioned'], participles: ['cautioning'] },
  { frame: 'attribute', forms: ['predicted'], participles: ['predicting'] },
  // "reaffirming its reputation as ..." describes an event as often as it reports a speaker.
  { frame: 'attribute', forms: ['reaffirmed'], participles: ['reaffirming'] },
  { frame: 'attribute', forms: ['replied'], participles: ['replying'] },
  { frame: 'state', forms: ['revealed'], participles: ['revealing'] },
  { frame: 'tell', forms: ['tell', 'tells', 'told'], participles: ['telling'] },
  { frame: 'tell', forms: ['inform', 'informs', 'informed'], participles: ['informing'] },
  { frame: 'tell', forms: ['assured', 'reassured'], participles: ['assuring', 'reassuring'] },
  { frame: 'urge', forms: ['urge', 'urges', 'urged'], participles: ['urging'] },
  { frame: 'urge', forms: ['encourage', 'encourages', 'encouraged'], participles: ['encouraging'] },
  { frame: 'urge', forms: ['call', 'calls', 'called'], participles: ['calling'], particle: 'on' },
  { frame: 'urge', forms: ['call', 'calls', 'called'], participles: ['calling'], particle: 'upon' },
  { frame: 'urge', forms: ['appeal', 'appeals', 'appealed'], participles: ['appealing'], particle: 'to' },
  { frame: 'call-for', forms: ['call', 'calls', 'called'], participles: ['calling'], particle: 'for' },
  { frame: 'express', forms: ['express', 'expresses', 'expressed'], participles: ['expressing'] },
  { frame: 'express', forms: ['voiced'], participles: ['voicing'] },
  { frame: 'name', forms: ['called', 'termed', 'dubbed'], participles: [] },
];

interface FormEntry {
  readonly frame: SpeechFrame;
  readonly participle: boolean;
  readonly particle: string | undefined;
}

/** Word form → the readings it can have (several for "called": on, for, or naming). */
const FORMS: ReadonlyMap<string, readonly FormEntry[]> = indexForms(LEMMAS);

function indexForms(lemmas: readonly Lemma[]): Map<string, FormEntry[]> {
  const map = new Map<string, FormEntry[]>();
  const add = (form: string, entry: FormEntry) => map.set(form, [...(map.get(form) ?? []), entry]);
  for (const lemma of lemmas) {
    for (const form of lemma.forms)
      add(form, { frame: lemma.frame, participle: false, particle: lemma.particle });
    for (const form of lemma.participles)
      add(form, { frame: lemma.frame, participle: true, particle: lemma.particle });
  }
  return map;
}

/**
 * Reads a speech verb at `tokens[index]`, with its particle when it needs one. Capitalized words are
 * refused: a speech verb inside a sentence is lower case, and "Highlights" or "States" are nouns.
 *
 * @example
 * matchSpeechVerb(tokenize('He called for calm.'), 1) // { frame: 'call-for', participle: false, length: 2, ... }
 */
export function matchSpeechVerb(tokens: readonly Token[], index: number): SpeechVerb | null {
  const token = tokens[index];
  if (token === undefined || token.text !== token.lower) return null;
  const entries = FORMS.get(token.lower);
  if (entries === undefined) return null;
  const next = tokens[index + 1];
  // A reading with a matching particle wins over a bare one ("called for" over "called").
  const withParticle = entries.find(
    (entry) => entry.particle !== undefined && entry.particle === next?.lower,
  );
  if (withParticle !== undefined && next !== undefined) {
    return { ...readingOf(withParticle), start: token.start, end: next.end, length: 2 };
  }
  const bare = entries.find((entry) => entry.particle === undefined);
  if (bare === undefined || (!bare.participle && readsAsNoun(tokens, index))) return null;
  return { ...readingOf(bare), start: token.start, end: token.end, length: 1 };
}

function readingOf(entry: FormEntry): { frame: SpeechFrame; participle: boolean } {
  return { frame: entry.frame, participle: entry.participle };
}

/** Speech verbs that may report speech after the quote they follow ("...," said Doe / "...," Doe added). */
export function isAttributionVerb(verb: SpeechVerb): boolean {
  return (
    verb.frame === 'say' || verb.frame === 'attribute' || verb.frame === 'state' || verb.frame === 'tell'
  );
}
