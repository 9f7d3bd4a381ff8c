import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../entities/entities.test-support.ts';
import { foldParenthesizedNames } from './organization-parenthesized-names.ts';

describe("an organization's name in its own language, in parentheses", () => {
  it.each([
    [
      'a council',
      'The fair was run by Tarvel District Council (Comhairle Ceantar Tharbhail) and the Kessu Arts Trust.',
      { name: 'Tarvel District Council', aliases: ['Comhairle Ceantar Tharbhail'] },
    ],
    [
      'an office',
      "The Governor's Office of the Orvel Province (Urzad Wojewody Orvelskiego) hosted the talks.",
      { name: "Governor's Office of the Orvel Province", aliases: ['Urzad Wojewody Orvelskiego'] },
    ],
    [
      'an authority, with its acronym in that language',
      'The Tarvel Water Authority (Autoridad de Aguas de Tarvel, AAT) signed the deal. The AAT will pay.',
      { name: 'Tarvel Water Authority', aliases: ['Autoridad de Aguas de Tarvel', 'AAT'] },
    ],
    [
      'a company, with its name in another script and the short name it defines',
      'Kessa Denki Kogyo Co., Ltd. (ケッサ電気工業株式会社; head office: Orvo City; hereinafter "Kessa Denki") ' +
        'opened a plant. Kessa Denki will hire 40 engineers.',
      { name: 'Kessa Denki Kogyo Co., Ltd.', aliases: ['ケッサ電気工業株式会社', 'Kessa Denki'] },
    ],
  ])('is an alias of %s: %s', (_phenomenon, text, organization) => {
    expect(entitiesOf(text).organizations).toContainEqual(organization);
  });

  it.each([
    [
      'a Spanish name with a head written first and its acronym',
      'Data came from the Tarvel Fisheries Institute (Instituto de Pesca de Tarvel, IPT). The IPT sampled 40 boats.',
      { name: 'Tarvel Fisheries Institute', aliases: ['Instituto de Pesca de Tarvel', 'IPT'] },
    ],
    [
      'a French ministry with an elided particle',
      "Talks were hosted by the Ministry of Roads and Bridges (Ministère des Routes et de l'Équipement, MRE).",
      { name: 'Ministry of Roads and Bridges', aliases: ["Ministère des Routes et de l'Équipement", 'MRE'] },
    ],
    [
      'one word the text reads as a body',
      'Grants came from the Tarvel Roads Agency (Vägverket Tarvel) and the Orvik Water Agency (Vattenverket).',
      { name: 'Orvik Water Agency', aliases: ['Vattenverket'] },
    ],
    [
      'a short name defined in quotation marks, beside a generic one',
      'Norrvik Metals AB (publ) (“Norrvik” or “the company”) opened a smelter. Norrvik will hire 80 people.',
      { name: 'Norrvik Metals AB (publ)', aliases: ['Norrvik'] },
    ],
  ])('is an alias: %s', (_phenomenon, text, organization) => {
    expect(entitiesOf(text).organizations).toContainEqual(organization);
  });

  it('folds the entity read from its last words when the text writes them nowhere else', () => {
    const text = 'Doctors at Kessu Lake Hospital (Bệnh viện Hồ Kessu Ba) treated 90 children.';
    const hospital = { kind: 'organization' as const, name: 'Kessu Lake Hospital', aliases: [] };
    const words = { kind: 'person' as const, name: 'Hồ Kessu Ba', aliases: [] };
    expect(foldParenthesizedNames([hospital, words], text)).toEqual([
      { kind: 'organization', name: 'Kessu Lake Hospital', aliases: ['Bệnh viện Hồ Kessu Ba'] },
    ]);
  });

  it('keeps the entity read from its last words when the text names it elsewhere too', () => {
    const text = 'Doctors at Kessu Lake Hospital (Bệnh viện Hồ Kessu Ba) met Hồ Kessu Ba on Monday.';
    const hospital = { kind: 'organization' as const, name: 'Kessu Lake Hospital', aliases: [] };
    const person = { kind: 'person' as const, name: 'Hồ Kessu Ba', aliases: [] };
    expect(foldParenthesizedNames([hospital, person], text)).toContainEqual(person);
  });

  it('one word that names a known place is no alias', () => {
    const text = 'The Orvik Water Agency (Kenya) signed the deal in Nairobi.';
    expect(entitiesOf(text).organizations).toContainEqual({ name: 'Orvik Water Agency', aliases: [] });
  });

  it('a quoted term that is no part of the name is no alias', () => {
    const text = 'Kessu Grain Oy (the “Seller”) agreed to the sale.';
    expect(entitiesOf(text).organizations).toContainEqual({ name: 'Kessu Grain Oy', aliases: [] });
  });

  it('a list of places in parentheses names no alias', () => {
    const text = 'The Tarvel Water Authority (Orvo Valley, KV) signed the deal.';
    expect(entitiesOf(text).organizations).toContainEqual({ name: 'Tarvel Water Authority', aliases: [] });
  });

  it('another body with an English head in parentheses stays another organization', () => {
    const text = 'Grants came from the Kessu Arts Trust (Tarvel Heritage Foundation) in May.';
    const names = entitiesOf(text).organizations.map((organization) => organization.name);
    expect(names).toContain('Tarvel Heritage Foundation');
  });
});
