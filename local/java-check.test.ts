import { describe, expect, it } from 'vitest';
import { checkJava, parseJavaMajorVersion } from './java-check.ts';

describe('parseJavaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_402"', 8],
    ['no version here', undefined],
  ])('%s -> %s', (output, version) => {
    expect(parseJavaMajorVersion(output)).toBe(version);
  });
});

describe('checkJava', () => {
  it('says in one line that Java is missing and how to install it', () => {
    const result = checkJava('pressline-no-such-java-command');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).not.toContain('\n');
      expect(result.message).toMatch(/Java 17\+/);
    }
  });
});
