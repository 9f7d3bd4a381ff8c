import { describe, expect, it } from 'vitest';
import { vocabularyTagsOf } from './entity-words.ts';

describe('legal forms among the heads of organization names', () => {
  it('are looked up in the case they are written', () => {
    expect(vocabularyTagsOf('SA')).toContain('EntOrgSuffix');
    expect(vocabularyTagsOf('Sa')).not.toContain('EntOrgSuffix');
    expect(vocabularyTagsOf('Ag')).not.toContain('EntOrgSuffix');
    expect(vocabularyTagsOf('plc')).toContain('EntOrgSuffix');
    expect(vocabularyTagsOf('Foundation')).toContain('EntOrgSuffix');
  });
});
