import nlp from 'compromise';
import { isInternationalBody } from '../entities/international-bodies.ts';
import { vocabularyTagsOf } from './plugins/entity-words.ts';
import { type ParsedRelease, parsedTerms } from './world.ts';

/** One word of the release as the entity extractor sees it: its place in the text and compromise's tags. */
export interface EntityTerm {
  /** Position in the list of terms. */
  readonly index: number;
  /** Offsets into the working text; `text === working.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The word without a possessive ending ("Estonia's" -> "Estonia"). */
  readonly bare: string;
  readonly possessive: boolean;
  /** Punctuation and spaces before and after the word, as compromise cuts them. */
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  /** Index of the sentence (as compromise splits them) the word sits in. */
  readonly sentence: number;
  /** First word of its sentence: its capital says nothing about being a name. */
  readonly sentenceStart: boolean;
}

/** A possessive ending; not after a lone letter, which is a name of its own ("Team M’s"). */
const POSSESSIVE = /(?<=\p{L}\p{L})['’]s$/u;

/** The word without its possessive ending, if it has one. */
function withoutPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}

/** The first words of a hyphenated name, waiting for the word after the hyphen. */
interface PendingTerm {
  readonly start: number;
  readonly end: number;
  readonly pre: string;
  readonly tags: Set<string>;
}

/**
 * Reads every word of the parsed release with its offsets and tags. Words joined by a hyphen with no
 * space ("Vitols-Berzins", "Seo-gun") come back as one term, since names are written that way;
 * an en dash ("Malawi–Zambia") separates terms.
 *
 * @example
 * readEntityTerms(parseRelease('Latvian President Aigars Vitols-Berzins spoke.'))[3]?.text // 'Vitols-Berzins'
 */
export function readEntityTerms(parsed: ParsedRelease): EntityTerm[] {
  const terms: EntityTerm[] = [];
  parsedTerms(parsed).forEach((sentence, sentenceIndex) => {
    let pending = null as PendingTerm | null;
    let first = true;
    for (const raw of sentence) {
      if (raw.text === '') continue;
      const start = raw.offset.start;
      const end = start + raw.offset.length;
      if (parsed.text.slice(start, end) !== raw.text) continue;
      if (raw.post === '-') {
        const previous = pending;
        pending = previous
          ? { start: previous.start, end, pre: previous.pre, tags: new Set([...previous.tags, ...raw.tags]) }
          : { start, end, pre: raw.pre, tags: new Set(raw.tags) };
        continue;
      }
      const joinedStart = pending?.start ?? start;
      const tags = pending ? new Set([...pending.tags, ...raw.tags]) : new Set(raw.tags);
      const text = parsed.text.slice(joinedStart, end);
      if (pending) tags.add('Hyphenated');
      // "start-up": the vocabulary knows the hyphenated word, not its halves.
      if (pending) for (const tag of vocabularyTagsOf(text)) tags.add(tag);
      const bare = withoutPossessive(text);
      addLexiconTags(tags, bare, bare !== text);
      if (isInternationalBody(bare)) tags.add('EntLexOrganization');
      // "Smith,founder": a comma with no space after it still ends the word.
      const comma = text.includes(',') ? /^[^,\s]+(?=,\S)/u.exec(text)?.[0] : undefined;
      const cut = comma === undefined ? text : comma;
      const cutBare = comma === undefined ? bare : withoutPossessive(cut);
      const cutEnd = joinedStart + cut.length;
      terms.push({
        index: terms.length,
        start: joinedStart,
        end: cutEnd,
        text: cut,
        bare: cutBare,
        possessive: cutBare !== cut,
        pre: pending?.pre ?? raw.pre,
        post: comma === undefined ? raw.post : ',',
        tags,
        sentence: sentenceIndex,
        sentenceStart: first,
      });
      if (comma !== undefined) {
        const rest = text.slice(cut.length + 1);
        terms.push({
          index: terms.length,
          start: cutEnd + 1,
          end,
          text: rest,
          bare: withoutPossessive(rest),
          possessive: POSSESSIVE.test(rest),
          pre: '',
          post: raw.post,
          tags: new Set(['Noun']),
          sentence: sentenceIndex,
          sentenceStart: false,
        });
      }
      pending = null;
      first = false;
    }
  });
  return terms;
}

/** The tag compromise's lexicon gives each word ("norway" -> "Country"), where it gives one. */
const LEXICON = (
  nlp.world() as { model: { one: { lexicon: Record<string, string | readonly string[] | undefined> } } }
).model.one.lexicon;

/**
 * The tag compromise's lexicon gives a word or a name of several words, the first where it gives several.
 *
 * @example
 * lexiconTag('timor leste') // 'Country'
 */
export function lexiconTag(words: string): string | undefined {
  const entry = LEXICON[words.toLowerCase()];
  return Array.isArray(entry) ? entry[0] : (entry as string | undefined);
}

/**
 * compromise tags words from context, and sometimes loses what its lexicon knows: a possessive place
 * ("Finland's Deputy Minister"), a demonym read as an organization ("to Thai buyers"). The bare
 * word's lexicon entry restores it; adjectives and organizations the lexicon knows are marked
 * `EntLexAdjective` and `EntLexOrganization`.
 */
/** The lexicon's tags of a place. */
const PLACE_ENTRY_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

function addLexiconTags(tags: Set<string>, bare: string, possessive: boolean): void {
  // Some entries list several tags, the first the word's own ("sichuan" -> Region, ProperNoun).
  const tag = lexiconTag(bare) ?? (isCountryInitials(bare) ? 'Country' : undefined);
  // "the UAE have": compromise reads an acronym after "the" as an organization, a country's too.
  if (tag === 'Country') tags.delete('Organization');
  if (tag === 'Demonym') tags.add('Demonym');
  if (tag === 'Adjective') tags.add('EntLexAdjective');
  if (tag === 'Organization') tags.add('EntLexOrganization');
  // A place the gazetteer knows, whatever the context made of it ("the Lagos writer").
  if (tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place') tags.add('EntLexPlace');
  // "Turku: The city opened ...": a dateline's town before a colon, which compromise reads as an interjection.
  if (PLACE_ENTRY_TAGS.has(tag ?? '') && tags.has('Expression')) tags.add(tag as string).add('Place');
  // A country's name is a place whatever the context made of it ("the Government of Malawi and ...").
  if (tag === 'Country') tags.add('Country').add('Place');
  if (!possessive) return;
  if (tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place') {
    tags.add(tag);
    tags.add('Place');
  }
}

/** Initials of the countries the lexicon knows by a name of several words ("united arab emirates"). */
let countryInitials: ReadonlySet<string> | undefined;

/**
 * Whether the word, in capitals and of three letters or more, spells the initials of a country the
 * lexicon knows by a name of several words ("PNG" of Papua New Guinea); "of", "and", "the" give none.
 *
 * @example
 * isCountryInitials('PNG') // true; isCountryInitials('Png') // false; isCountryInitials('NZ') // false
 */
export function isCountryInitials(word: string): boolean {
  if (!/^\p{Lu}{3,}$/u.test(word)) return false;
  countryInitials ??= new Set(
    Object.keys(LEXICON)
      .filter((name) => name.includes(' ') && lexiconTag(name) === 'Country')
      .map((name) =>
        name
          .split(' ')
          .filter((part) => !['of', 'and', 'the'].includes(part))
          .map((part) => part[0])
          .join(''),
      ),
  );
  return countryInitials.has(word.toLowerCase());
}
