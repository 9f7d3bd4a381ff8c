import { describe, expect, it } from 'vitest';
import {
  isBracketedLegalForm,
  isLegalForm,
  isPrefixLegalForm,
  isSpelledLegalForm,
  takesFullStop,
  withoutLegalForm,
} from './legal-forms.ts';

describe('legal forms', () => {
  it.each([
    ['AB', true],
    ['Ab', true],
    ['Oy', true],
    ['Oyj', true],
    ['ASA', true],
    ['AS', true],
    ['A/S', true],
    ['ApS', true],
    ['GmbH', true],
    ['S.p.A.', true],
    ['Sdn', true],
    ['Bhd', true],
    ['K.K.', true],
    ['Ltd.', true],
    ['A.Ş', true],
    ['A.C.', true],
    ['S.L.', true],
    ['S.R.L.', true],
    ['Lda', true],
    ['SAOG', true],
    ['W.L.L.', true],
    ['Q.P.S.C.', true],
    ['SNCO', true],
    ['S.A.O.G.', true],
    ['S.A.L.', true],
    ['UAB', true],
    ['CJSC', true],
    ['OJSC', true],
    ['A.D.', false],
    ['U.S', false],
    ['Lady', false],
    ['as', false],
    ['ab', false],
    ['Oyster', false],
    ['Company', false],
  ])('isLegalForm(%s) is %s', (word, expected) => {
    expect(isLegalForm(word)).toBe(expected);
  });

  it.each([
    ['PT', true],
    ['PJSC', true],
    ['UAB', true],
    ['OOO', true],
    ['LEPL', true],
    ['FSUE', true],
    ['Pt', false],
    ['OK', false],
  ])('isPrefixLegalForm(%s) is %s', (word, expected) => {
    expect(isPrefixLegalForm(word)).toBe(expected);
  });

  it.each([
    ['Pty', 'Ltd', true],
    ['Pvt', 'Ltd.', true],
    ['Private', 'Limited', true],
    ['Pty', 'said', false],
    ['Kessel', 'Ltd', false],
    ['Pty', undefined, false],
  ])('isBracketedLegalForm(%s, %s) is %s', (bracketed, after, expected) => {
    expect(isBracketedLegalForm(bracketed, after)).toBe(expected);
  });

  it.each([
    ['Limited Liability Company', true],
    ['Open Joint Stock Holding Company', true],
    ['State Unitary Enterprise', true],
    ['Joint-Stock Company', true],
    ['Public Company', false],
    ['Kessu Stock Company', false],
    ['Joint Stock Exchange', false],
  ])('isSpelledLegalForm(%s) is %s', (words, expected) => {
    expect(isSpelledLegalForm(words.split(' '))).toBe(expected);
  });

  it.each([
    ['Ltd', true],
    ['Inc', true],
    ['AG', false],
    ['Oy', false],
    ['A.Ş', true],
    ['U.S', false],
    ['J.R', false],
  ])('takesFullStop(%s) is %s', (word, expected) => {
    expect(takesFullStop(word)).toBe(expected);
  });

  it.each([
    ['Lahden Vesi Oy', 'Lahden Vesi'],
    ['Daehan Trading Co., Ltd.', 'Daehan Trading'],
    ['Penang Precision Sdn Bhd', 'Penang Precision'],
    ['PT Sinar Laut Tbk', 'Sinar Laut'],
    ['Fundación Lago Verde A.C.', 'Fundación Lago Verde'],
    ['Kessu Teknoloji A.Ş.', 'Kessu Teknoloji'],
    ['Brenholt Analytics, Inc.', 'Brenholt Analytics'],
    ['Tarvo Dredging (Pty) Ltd', 'Tarvo Dredging'],
    ['Kessu Mills (Private) Limited', 'Kessu Mills'],
    ['Orvo Clinic (Kessel)', null],
    ['Harbour Transit Authority', null],
    ['Oy', null],
  ])('withoutLegalForm(%s) is %s', (name, expected) => {
    expect(withoutLegalForm(name)).toBe(expected);
  });
});
