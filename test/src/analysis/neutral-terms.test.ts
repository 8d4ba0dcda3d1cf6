/**
 * Language-neutral terms of a passage: the years it names relative to its
 * article's printed publication date meet a question's year.
 */
import { describe, expect, it } from 'vitest';
import { passageNeutralTerms } from '../../../src/analysis/neutral-terms.ts';

describe('passageNeutralTerms', () => {
  it('dates "tahun lalu" and "this year" from the publication date, and only when it is printed', () => {
    expect(passageNeutralTerms('Perdagangan tahun lalu mencatat surplus.', [], '2024-08-09')).toContain('#2023');
    expect(passageNeutralTerms('Output will double this year.', [], '2024-08-09')).toContain('#2024');
    expect(passageNeutralTerms('Perdagangan tahun lalu mencatat surplus.', [])).not.toContain('#2023');
  });
});
