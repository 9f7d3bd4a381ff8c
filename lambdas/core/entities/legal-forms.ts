/**
 * Legal forms of companies: the words a register adds to a company's name ("Inc.", "GmbH", "Oy",
 * "Sdn Bhd", "PT ... Tbk"). They are written in a fixed case, so they are matched case-sensitively:
 * "AS" is a Norwegian company form, "as" a common word.
 */

/** Forms written after the name, alone or in pairs ("Pty Ltd", "Sdn Bhd", "Co., Ltd."). */
const SUFFIX_FORM =
  /^(?:Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|Plc|Corp|Co|Pty|Pte|Pvt|Sdn|Bhd|Berhad|Tbk|GmbH|AG|KG|KGaA|SE|SA|S\.A|SAS|S\.A\.S|SARL|SpA|S\.p\.A|Srl|S\.r\.l|S\.R\.L|NV|N\.V|BV|B\.V|AB|Ab|Abp|Oy|Oyj|ASA|AS|A\/S|ApS|K\.K|KK|JSC|PJSC|CJSC|OJSC|Ltda|Kft|Zrt|SRL|OOO|AD|EAD|OOD|A\.Ş|T\.A\.Ş|A\.C|S\.C|S\.L|S\.L\.U|Lda|LDA|S\.A\.C|S\.A\.A|SAOG|SAOC|QSC|QPSC|BSC|KSC|KSCP|S\.A\.O\.G|S\.A\.O\.C|Q\.S\.C|Q\.P\.S\.C|B\.S\.C|K\.S\.C|K\.S\.C\.P|P\.J\.S\.C|J\.S\.C|S\.A\.L|SAL|WLL|W\.L\.L|SNCO|FZE|FZCO|FZ-LLC|SIA|UAB|OÜ|ehf|hf)\.?$/;

/**
 * Forms written in lower case with full stops after the name ("Vltava Grid a.s.", "Lipa d.o.o.",
 * "Wald e.V."): a name runs on over them though they carry no capital.
 */
const LOWER_CASE_FORM =
  /^(?:s\.r\.o|a\.s|d\.o\.o|d\.d|e\.V|e\.G|k\.s|v\.o\.s|s\.p\.a|s\.r\.l|o\.o\.d|a\.d)\.?$/;

/** Abbreviations written with a full stop ("Acme Ltd."); all-capital forms ("AG", "SA") take none. */
const TAKES_FULL_STOP = /^(?:Inc|Ltd|Corp|Co|Pty|Pte|Pvt|Ltda|Lda|ehf|hf)$/;

/** Forms of initials with full stops, whose last stop the tokenizer may leave outside ("A.Ş."). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;

/**
 * Forms written before the name ("PT Sinar Laut Tbk", "PJSC Volga Freight"), with the public bodies'
 * forms of Georgia and Russia ("LEPL Orbeli Water Agency", "FSUE Volga Post").
 */
const PREFIX_FORM = /^(?:PT|JSC|PJSC|OJSC|CJSC|UAB|SIA|OOO|OAO|ZAO|LEPL|FSUE)$/;

/**
 * Whether the word is a legal form written after a company's name.
 *
 * @example
 * isLegalForm('Oy') // true in 'Lahden Vesi Oy'; isLegalForm('as') // false
 */
export function isLegalForm(text: string | undefined): boolean {
  return text !== undefined && (SUFFIX_FORM.test(text) || LOWER_CASE_FORM.test(text));
}

/** Forms a register writes in parentheses before the last one ("Acme (Pty) Ltd", "Acme (Private) Limited"). */
const BRACKETED_FORM = /^(?:Pty|Pvt|Pte|Private|Proprietary)\.?$/;

/**
 * Whether the words are a bracketed legal form and the form after it ("(Pty) Ltd"), which continue the
 * company's name before them.
 *
 * @example
 * isBracketedLegalForm('Pty', 'Ltd') // true in 'Orvel Dredging (Pty) Ltd'; isBracketedLegalForm('Pty', 'said') // false
 */
export function isBracketedLegalForm(bracketed: string, after: string | undefined): boolean {
  return BRACKETED_FORM.test(bracketed) && /^(?:Ltd|Limited)\.?$/.test(after ?? '');
}

/** Words of legal forms written out ("Open Joint Stock Company", "Limited Liability Partnership"). */
const SPELLED_FORM_WORDS = new Set([
  'Open',
  'Closed',
  'Public',
  'Private',
  'Non-Public',
  'Non-Commercial',
  'Commercial',
  'State',
  'Federal',
  'Municipal',
  'Republican',
  'Joint',
  'Stock',
  'Joint-Stock',
  'Holding',
  'Limited',
  'Liability',
  'Unitary',
]);

/** The words that make the written-out form a register's: "joint stock", "limited liability", "unitary". */
const SPELLED_FORM_MARKS = new Set(['Stock', 'Joint-Stock', 'Liability', 'Unitary']);

/** The heads such forms end with. */
const SPELLED_FORM_HEADS = new Set(['Company', 'Partnership', 'Enterprise', 'Society']);

/**
 * Whether the words are a legal form written out, which some registers put before a company's name in
 * quotation marks ("Open Joint Stock Company "Tarn Energo"", "State Unitary Enterprise "Orvo Vodokanal"").
 *
 * @example
 * isSpelledLegalForm(['Limited', 'Liability', 'Company']) // true; isSpelledLegalForm(['Kessu', 'Company']) // false
 */
export function isSpelledLegalForm(words: readonly string[]): boolean {
  const head = words[words.length - 1] ?? '';
  const opening = words.slice(0, -1);
  return (
    SPELLED_FORM_HEADS.has(head) &&
    opening.every((word) => SPELLED_FORM_WORDS.has(word)) &&
    opening.some((word) => SPELLED_FORM_MARKS.has(word))
  );
}

/** The forms of English-speaking registers ("Ltd", "Inc."): a word before them is English too. */
const ENGLISH_FORM = /^(?:Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|Plc|Corp|Co|Pty|Pte|Pvt)\.?$/;

/**
 * Whether the word is a legal form of a register that does not write English ("S.A.", "GmbH", "S.R.L.").
 *
 * @example
 * isForeignLegalForm('S.R.L.') // true; isForeignLegalForm('Ltd') // false
 */
export function isForeignLegalForm(text: string | undefined): boolean {
  return isLegalForm(text) && !ENGLISH_FORM.test(text ?? '');
}

/**
 * Whether the word is a legal form written in lower case ("s.r.o.", "d.o.o."), which continues the
 * company's name before it.
 *
 * @example
 * isLowerCaseLegalForm('s.r.o.') // true; isLowerCaseLegalForm('also') // false
 */
export function isLowerCaseLegalForm(text: string | undefined): boolean {
  return text !== undefined && LOWER_CASE_FORM.test(text);
}

/**
 * Whether the word is a legal form written before a company's name.
 *
 * @example
 * isPrefixLegalForm('PT') // true in 'PT Sinar Laut Tbk'
 */
export function isPrefixLegalForm(text: string | undefined): boolean {
  return text !== undefined && PREFIX_FORM.test(text);
}

/**
 * Whether a full stop right after the word is the abbreviation's own ("Acme Ltd." keeps it, the
 * full stop after "Acme AG." ends the sentence).
 *
 * @example
 * takesFullStop('Ltd') // true; takesFullStop('AG') // false
 */
export function takesFullStop(text: string): boolean {
  return TAKES_FULL_STOP.test(text) || (DOTTED_INITIALS.test(text) && SUFFIX_FORM.test(text));
}

/**
 * The name without its legal forms, or null when it has none or nothing would be left: how the text
 * calls the company once it has named it in full.
 *
 * @example
 * withoutLegalForm('Daehan Trading Co., Ltd.') // 'Daehan Trading'
 * withoutLegalForm('PT Sinar Laut Tbk') // 'Sinar Laut'
 * withoutLegalForm('Orvel Dredging (Pty) Ltd') // 'Orvel Dredging'
 */
export function withoutLegalForm(name: string): string | null {
  const words = name.split(/\s+/).filter((word) => word !== '');
  let from = 0;
  let to = words.length;
  const bare = (word: string | undefined) => word?.replace(/,$/, '');
  while (to - from > 1 && isLegalForm(bare(words[to - 1]))) to--;
  // "Orvel Dredging (Pty) Ltd": the bracketed form before the last.
  if (to - from > 1 && to < words.length && /^\(.+\)$/.test(words[to - 1] ?? '')) {
    if (isBracketedLegalForm(words[to - 1]?.slice(1, -1) ?? '', bare(words[to]))) to--;
  }
  if (to - from > 1 && isPrefixLegalForm(words[from])) from++;
  if (from === 0 && to === words.length) return null;
  return words.slice(from, to).join(' ').replace(/,$/, '');
}
