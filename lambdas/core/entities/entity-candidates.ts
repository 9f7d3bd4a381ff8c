import { isNamedBeforeFeature } from '../locations/location-cues.ts';
import { isDivisionNoun, kindNounAlias, withoutDivisionNoun } from '../locations/location-divisions.ts';
import { isHyphenatedPlaceName } from '../locations/location-hyphenated-names.ts';
import { isPlaceReadAsPeople, placesInLists } from '../locations/location-lists.ts';
import { withoutOfficeWords } from '../locations/location-office-qualifiers.ts';
import { isCompassCompound, isWorldRegionNoun } from '../locations/location-regions.ts';
import { withLowerCaseOpener } from '../locations/location-river-names.ts';
import { routeEndpoints } from '../locations/location-routes.ts';
import { isFederalStateName, isStateOfPlace, stateNamedAtEnd } from '../locations/location-states.ts';
import { isForeignStreetName } from '../locations/location-streets.ts';
import { isPlaceTagged } from '../locations/location-tags.ts';
import { hasPlaceHead, isKnownPlace, locationEvidence } from '../locations/locations.ts';
import { type EntityTerm, lexiconTag } from '../nlp/entity-terms.ts';
import { isActingCityHall, isActingLocalGovernment } from '../organizations/local-government.ts';
import { endsBeforeBase } from '../organizations/organization-bases.ts';
import { bodyQualifyingRun } from '../organizations/organization-body-modifiers.ts';
import { endsWithPrefixedCompany } from '../organizations/organization-company-ends.ts';
import { isDepartmentAtWorkplace } from '../organizations/organization-departments.ts';
import {
  hasOrganizationHead,
  isCommunicationUnit,
  isEventName,
  titlesQualifyOrganizationHead,
} from '../organizations/organization-heads.ts';
import { organizationsInLists } from '../organizations/organization-lists.ts';
import { isTitleOffice } from '../organizations/organization-title-offices.ts';
import { organizationEvidence } from '../organizations/organizations.ts';
import {
  isTitleWord,
  looksLikeName,
  nameAfterOpeningRole,
  splitTitle,
  titleAfter,
  titleBefore,
  titleInApposition,
} from '../people/people.ts';
import { splitTitleComplement } from '../people/person-complements.ts';
import { eponymOfEvent } from '../people/person-eponyms.ts';
import { personEvidence } from '../people/person-evidence.ts';
import { honorificLength } from '../people/person-honorifics.ts';
import { isPersonalHyphenation } from '../people/person-name-shape.ts';
import { isPortfolioWord, withoutLeadingFields } from '../people/person-portfolios.ts';
import { TITLE_CONNECTORS } from '../people/person-words.ts';
import type { EntityKind } from '../types.ts';
import { splitMissionSeat } from './diplomatic-missions.ts';
import type { AcronymDefinition } from './entity-acronyms.ts';
import { type Candidate, candidate, trimLeadingThe, withoutPostNominals } from './entity-candidate.ts';
import { keepNamedEntities, PLACE_WORD_TAGS } from './entity-candidate-filter.ts';
import { type EntityContext, rangeTerms, rangeText, type TermRange } from './entity-context.ts';
import { qualifiesOrganizationNoun, splitRun, startsWithKnownForm } from './entity-run-split.ts';
import { isAcronym, isCapitalized } from './entity-word-shape.ts';
import { makeSpan, type NameSpan } from './name-span.ts';
import { isFormalStateName } from './state-names.ts';

const THRESHOLD = 2;

/**
 * Decides, for every run of capitals, which entities it names: the long forms of acronym definitions,
 * then titles split from names, events set aside, and the best-supported kind for the rest. Words in a
 * list with an organization ("Acme, Globex and Initech") are organizations too.
 *
 * @example
 * findCandidates(context, spans, definitions).map((c) => [c.kind, c.text])
 * // [['person', 'Aigars Vitols-Berzins'], ...]
 */
export function findCandidates(
  context: EntityContext,
  spans: readonly NameSpan[],
  definitions: readonly AcronymDefinition[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const knownForms = new Set(definitions.flatMap((definition) => [definition.short, definition.long]));
  const unclassified: NameSpan[] = [];
  // Spans and definitions both come in text order: walk the definitions alongside the spans.
  const ordered = [...definitions].sort((a, b) => a.longStart - b.longStart);
  let next = 0;
  for (const whole of spans) {
    while (next < ordered.length && (ordered[next]?.longEnd ?? 0) <= whole.start) next++;
    const span = beforeDefinition(context, whole, ordered.slice(next, next + 2));
    if (!span || knownForms.has(span.text)) continue;
    const route = routeEndpoints(context, span);
    if (route.length > 0) {
      candidates.push(
        ...route.map((place) => ({ kind: 'location' as const, ...place, score: 2, listed: true })),
      );
      continue;
    }
    if (isDashCompound(context, span)) continue;
    const inList = /,\s*$/.test(context.text.slice(Math.max(0, span.start - 2), span.start));
    const found = classifySpan(context, trimLeadingThe(context, span), inList);
    if (found.length === 0) unclassified.push(span);
    candidates.push(
      ...(found.length > 0 ? found : bodyQualifyingRun(context, trimLeadingThe(context, span))),
    );
  }
  candidates.push(...organizationsInLists(context, spans, unclassified, candidates));
  candidates.push(...placesInLists(context, spans, candidates));
  return keepNamedEntities(context, candidates);
}

/**
 * The part of a run before the long form of a definition it runs into ("Jane Doe of the World Health
 * Organization (WHO)" leaves "Jane Doe"), the run itself when it meets none, or null when nothing is left.
 */
function beforeDefinition(
  context: EntityContext,
  span: NameSpan,
  definitions: readonly AcronymDefinition[],
): NameSpan | null {
  const definition = definitions.find((d) => span.start < d.longEnd && span.end > d.longStart);
  if (!definition || isBodyOfDefinedState(context, span, definition)) return span;
  let to = span.to;
  while (to >= span.from && (context.terms[to]?.end ?? 0) > definition.longStart) to--;
  while (to >= span.from && !isCapitalized(context.terms[to] as EntityTerm)) to--;
  return to >= span.from ? makeSpan(context.terms, span.from, to, context.text) : null;
}

/**
 * "the Ministry of Health of the Orvo People's Democratic Republic (Orvo PDR)": a body's name that ends
 * with "of (the)" and the formal name of the state it serves, which the text defines a short form for,
 * is one name; the state stays a place of its own.
 */
function isBodyOfDefinedState(
  context: EntityContext,
  span: NameSpan,
  definition: AcronymDefinition,
): boolean {
  if (
    span.end !== definition.longEnd ||
    span.start >= definition.longStart ||
    !isFormalStateName(definition.long)
  )
    return false;
  const body = context.text.slice(span.start, definition.longStart);
  if (!/\sof\s(?:the\s)?$/.test(body)) return false;
  const terms = rangeTerms(context, span).filter((term) => term.end <= span.start + body.trimEnd().length);
  return terms.some(
    (term) => term.tags.has('EntOrgSuffix') && !term.tags.has('EntPlaceSuffix') && isCapitalized(term),
  );
}

/** "Malawi–Zambia cooperation", "the Russia-Ukraine war": places joined into a modifier. */
function isDashCompound(context: EntityContext, span: NameSpan): boolean {
  const before = context.terms[span.from - 1];
  const last = context.terms[span.to];
  if (before && /^[–—-]$/.test(before.post)) return true;
  if (last && /^[–—-]$/.test(last.post)) return true;
  const terms = rangeTerms(context, span);
  // "the Tuul-Orkhon Sport Palace", "the Tarvo-Kessu volcano": one place's double name, not a pairing.
  // "the office in Libreville-Nombakélé": after "in", one place's hyphenated name.
  if (
    hasPlaceHead(context, span) ||
    isNamedBeforeFeature(context, span) ||
    isHyphenatedPlaceName(context, span)
  )
    return false;
  return terms.some(
    (term, offset) =>
      term.tags.has('Hyphenated') &&
      !isPersonalHyphenation(terms, offset) &&
      !isCompassCompound(term.text) &&
      // "Tarvo-Kessu County Prefect Jo Doe": a double name before a division noun is one place's.
      !isDivisionNoun(context.terms[term.index + 1]?.text.toLowerCase() ?? '') &&
      (term.tags.has('Place') || term.tags.has('Demonym')) &&
      term.text.split('-').every((part) => /^\p{Lu}/u.test(part)) &&
      // "Timor-Leste": one country's name the gazetteer knows with its hyphen, no pairing of two places.
      !PLACE_WORD_TAGS.includes(lexiconTag(term.text.replace(/-/g, ' ')) ?? ''),
  );
}

function classifySpan(context: EntityContext, range: TermRange, inList: boolean): Candidate[] {
  // "Office of the Mayor": a title's office, named whole, before "of" could part it.
  if (isTitleOffice(context, range)) return [];
  if (isEventName(context, range))
    return [...organizationsNamedInside(context, range), ...eponymOfEvent(context, range)];
  const parts = splitRun(context, range, inList);
  const found = parts.map((part) => classifyPart(context, part));
  // "Acme and Globex": a part that names nothing by itself is what its coordinated organization is;
  // "Ruth Okoro and Felicity Mensah": a name beside a person's is a person's.
  const coordinatedAs = (kind: EntityKind) =>
    found.some((candidates, index) => {
      const part = parts[index];
      const whole = part ? rangeText(context, part) : '';
      return candidates.some((c) => c.kind === kind && c.text === whole);
    });
  const coordinated = coordinatedAs('organization');
  const besidePerson = coordinatedAs('person');
  return parts.flatMap((part, index) => {
    const own = found[index] ?? [];
    // "Velmar GmbH of Kessel": the words after a complete name and "of" are where it is based.
    const owner = parts[index - 1];
    const based = owner !== undefined && context.terms[part.from - 1]?.text === 'of';
    if (based && own.length === 0 && endsBeforeBase(context, owner, part))
      return [candidate(context, 'location', part, 2)];
    // "Amina Wekesa of the Eldoret Road Runners club": the group a person belongs to, named before its noun.
    if (owner !== undefined && qualifiesOrganizationNoun(context, owner, part))
      return [candidate(context, 'organization', part, 3)];
    const joinedByAnd =
      context.terms[part.from - 1]?.text === 'and' || context.terms[part.to + 1]?.text === 'and';
    if (own.length > 0 || !joinedByAnd || isKnownPlace(context, part)) return own;
    if (coordinated) return [candidate(context, 'organization', part, 2)];
    const fullName = part.to > part.from && part.to - part.from < 3;
    if (besidePerson && fullName && looksLikeName(context, part))
      return [candidate(context, 'person', part, 2)];
    return own;
  });
}

/** "Mr", "Ms", "Mrs", "Mme": how a person is addressed, which says nothing of their office. */
const FORMS_OF_ADDRESS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Mme', 'Mlle'];
const FORM_OF_ADDRESS = new RegExp(`^(?:${FORMS_OF_ADDRESS.join('|')})\\.?$`, 'i');
/** A style written last in a title, right before the name: "Director General Dr.", "Minister Hon.". */
const TRAILING_STYLE = new RegExp(
  `(?<=\\S)\\s+(?:${[...FORMS_OF_ADDRESS, 'Dr', 'Prof', 'Hon', 'Eng', 'Engr'].join('|')})\\.?$`,
);

function classifyPart(context: EntityContext, range: TermRange): Candidate[] {
  if (range.from > range.to || isCommunicationUnit(context, range) || isTitleOffice(context, range))
    return [];
  if (isEventName(context, range)) return organizationsNamedInside(context, range);
  const complemented = splitTitleComplement(context, range);
  if (complemented) {
    // The title before its complement vouches for the name as it would right before it.
    const [complement, ...names] = complemented;
    return [
      ...classifyPart(context, withoutTrailingHonorifics(context, complement)),
      ...names.map((name) => candidate(context, 'person', name, 3 + personEvidence(context, name))),
    ];
  }
  const opened = nameAfterOpeningRole(context, range);
  if (opened) {
    const title = rangeText(context, { from: range.from, to: opened.from - 1 });
    return [candidate(context, 'person', opened, 3 + personEvidence(context, opened), title)];
  }
  // "Jane Doe MP": the letters of a seat after a name are no title that opens it.
  const lettered = withoutPostNominals(context, range);
  if (
    lettered !== range &&
    !rangeTerms(context, lettered).some(isTitleWord) &&
    looksLikeName(context, lettered)
  )
    return [candidate(context, 'person', range, 3 + personEvidence(context, lettered))];
  const officeOfCompany =
    titlesQualifyOrganizationHead(context, range) || endsWithPrefixedCompany(context, range);
  const titled = officeOfCompany ? null : splitTitle(context, range);
  if (titled) {
    // "RAB Director General Dr. Jane Doe": the academic or polite style before the name is no office.
    const written = titled.title
      ? rangeText(context, titled.title)
          .replace(/^the\s+/i, '')
          .replace(TRAILING_STYLE, '')
      : undefined;
    // "the Minister, Mr Jane Doe": a form of address names no office; the office around it does.
    const title =
      written === undefined || FORM_OF_ADDRESS.test(written)
        ? (titleInApposition(context, range) ?? titleAfter(context, titled.name) ?? written)
        : written;
    const person = candidate(context, 'person', titled.name, 3 + personEvidence(context, titled.name), title);
    return [person, ...(titled.title ? classifyTitle(context, titled.title) : [])];
  }
  const firstTitle = rangeTerms(context, range).findIndex(
    (term, index, terms) => isTitleWord(term) && isCapitalized(term) && !isStateOfPlace(terms, index),
  );
  if (firstTitle >= 0 && !hasOrganizationHead(context, range) && !hasPlaceHead(context, range)) {
    return classifyTitle(context, range);
  }
  return classifyName(context, range);
}

/** Heads of names that are organizations or their meetings ("Pacific Forum", "Press Forum"). */
const MEETING_HEADS = new Set(['Forum', 'Conference', 'Assembly', 'Congress']);

/** Scores one name for each kind and keeps the best supported, if any is supported enough. */
function classifyName(context: EntityContext, range: TermRange): Candidate[] {
  const last = context.terms[range.to];
  // "AATC Media" after "the Acme Trade Council (AATC)": a defined short form opening a name with a head of
  // its own names another organization; without a head it is the defined one ("AATC title"), and before
  // a meeting's head ("AATC Press Forum") it names that organization's meeting, an event.
  const another =
    hasOrganizationHead(context, range) &&
    !MEETING_HEADS.has(last?.text ?? '') &&
    !context.knownForms.has(rangeText(context, range));
  if (!last || range.from > range.to || (startsWithKnownForm(context, range) && !another)) return [];
  // "the Caribbeans", "across the Atlantic", "the former Yugoslavia", "Rua Tomás de Sousa", "the Russian
  // Federation": a place read as people, an adjective, a person's name or a body.
  if (
    isPlaceReadAsPeople(context, range) ||
    isWorldRegionNoun(context, range) ||
    isForeignStreetName(context, range) ||
    isFederalStateName(context, range)
  )
    return [{ ...candidate(context, 'location', range, 3), listed: true }];
  // "Latvian", "South Asian", "MOUs": adjectives and plurals name no entity; nor does a department of a
  // workplace after its head's title ("Director of Community Services at the Tarvel Council").
  if (last.tags.has('Demonym') || /^\p{Lu}{2,}s$/u.test(last.text) || isDepartmentAtWorkplace(context, range))
    return [];
  // "according to Tarvel City Hall", "with the Greater Tarvel Municipality": a seat or a formal name of a
  // local government that acts is the government, whatever its head word and the place in it say.
  if (isActingCityHall(context, range)) return [candidate(context, 'organization', range, 4)];
  if (isActingLocalGovernment(context, range))
    return [candidate(context, 'organization', range, organizationEvidence(context, range))];
  const organization = organizationEvidence(context, range);
  const location = locationEvidence(context, range);
  // "at the Embassy of Korvia in Tarvel City": a mission sits in the place its name ends with; the
  // place's head makes no place of the mission.
  const mission = location >= organization ? splitMissionSeat(context.terms, range) : undefined;
  if (mission)
    return [
      candidate(context, 'organization', mission.mission, organizationEvidence(context, mission.mission)),
      candidate(context, 'location', mission.seat, 3),
    ];
  const person = looksLikeName(context, range) ? personEvidence(context, range) : 0;
  const best = Math.max(organization, location, person);
  if (best < THRESHOLD) return [];
  if (organization === best) return [candidate(context, 'organization', range, organization)];
  if (location === best && person < best) {
    const named = withLowerCaseOpener(context, range) ?? withoutDivisionNoun(context, range) ?? range;
    const alias = kindNounAlias(context, range, named);
    const place = { ...candidate(context, 'location', named, location), ...(alias ? { alias } : {}) };
    return [location < 3 ? { ...place, weak: true } : place];
  }
  const named = withoutLeadingFields(context, range);
  const title = titleBefore(context, named);
  const titleText = title
    ? rangeText(context, title)
    : (titleAfter(context, named) ?? titleInApposition(context, named) ?? undefined);
  return [candidate(context, 'person', named, person, titleText)];
}

/**
 * The qualifier before a title names an organization or place ("BMG President", "Estonia's State
 * Counsellor"); what follows "of"/"for" after it may name one too ("President of the Acme Group").
 */
function classifyTitle(context: EntityContext, range: TermRange): Candidate[] {
  const terms = rangeTerms(context, range);
  const firstTitle = terms.findIndex(
    (term, index) => isTitleWord(term) && isCapitalized(term) && !isStateOfPlace(terms, index),
  );
  const found: Candidate[] = [];
  // "YB Prof Dr", "Prime Minister Tun Dr": honorifics among the titles name nobody.
  const lead = honorificLength(terms, 0);
  if (firstTitle > lead)
    found.push(
      ...classifyName(
        context,
        withoutOfficeWords(context, { from: range.from + lead, to: range.from + firstTitle - 1 }),
      ),
    );
  let cursor = firstTitle < 0 ? terms.length : firstTitle;
  while (cursor < terms.length && isTitleWord(terms[cursor] as EntityTerm)) {
    cursor++;
    cursor += honorificLength(terms, cursor);
  }
  // "Chief Procurement Officer": a field between title words, with no "of" before it, is the title's.
  const lastTitle = terms.findLastIndex((term) => isTitleWord(term) && isCapitalized(term));
  if (lastTitle > cursor && !terms.slice(cursor, lastTitle).some((term) => TITLE_CONNECTORS.has(term.text)))
    cursor = lastTitle + 1;
  while (cursor < terms.length && !isCapitalized(terms[cursor] as EntityTerm)) cursor++;
  if (cursor > firstTitle && cursor < terms.length) {
    const named = withoutTrailingHonorifics(context, { from: range.from + cursor, to: range.to });
    // "Minister of Water Resources": the words after the title are its field, no organization.
    // "Head of Corporate Communications": a communication unit is the title's field too.
    const field =
      rangeTerms(context, named).every((t) => isPortfolioWord(t.text) || !isCapitalized(t)) ||
      isCommunicationUnit(context, named);
    const inTitle = field ? [] : classifyName(context, named);
    // "Minister of Transport of the Kyrgyz Republic": the state a minister serves, named at the end.
    const state = inTitle.length === 0 ? stateNamedAtEnd(context, named) : undefined;
    found.push(...(state ? [candidate(context, 'location', state, 3)] : inTitle));
  }
  return found;
}

/**
 * "Governor of Kessu Province H.E.": the honorifics that close a title after the place it names open the
 * person's name; the place ends before them.
 */
function withoutTrailingHonorifics(context: EntityContext, range: TermRange): TermRange {
  const honorific = (term: EntityTerm | undefined) =>
    term !== undefined &&
    (term.tags.has('Honorific') || (term.tags.has('EntTitle') && term.text.endsWith('.')));
  let to = range.to;
  while (to > range.from && honorific(context.terms[to])) to--;
  const place = context.terms[to];
  const afterPlace = place !== undefined && (place.tags.has('EntPlaceSuffix') || isPlaceTagged(place));
  return afterPlace ? { from: range.from, to } : range;
}

/** Organizations compromise knows by name inside an event's name ("the 3rd OECD World Congress"). */
function organizationsNamedInside(context: EntityContext, range: TermRange): Candidate[] {
  return rangeTerms(context, range)
    .filter((term) => term.tags.has('EntLexOrganization') && isAcronym(term.text))
    .map((term) => candidate(context, 'organization', { from: term.index, to: term.index }, 2));
}
