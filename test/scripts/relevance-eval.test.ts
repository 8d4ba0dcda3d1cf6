/**
 * Holds the relevance check's measured figures on the labelled kit and the
 * seeds (what `npm run eval:relevance` prints) at the targets of issue 11:
 * recall on on-topic pages at least 0.97, at least 0.8 of off-topic pages
 * refused, and the "passing" pages kept, as README decides.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRelevance, score } from '../../scripts/lib/relevance-eval.ts';
import { FIXTURES, projectLexicon } from '../helpers.ts';

const TARGETS = { recall: 0.97, refused: 0.8 };

describe('evaluateRelevance', () => {
  it('holds the floor on the realdev kit and the seeds', () => {
    const result = evaluateRelevance(join(FIXTURES, 'realdev', 'pages'), join(FIXTURES, 'seeds'), projectLexicon());
    expect(result.pages.filter((p) => p.label === 'yes')).toHaveLength(35);
    expect(result.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(result.refused).toBeGreaterThanOrEqual(TARGETS.refused);
    expect(result.passingKept).toBe(result.passing);
  });

  it('scores kept and refused pages by label, passing pages as kept by decision', () => {
    const judged = (label: 'yes' | 'passing' | 'no', relevant: boolean) => ({ name: label, label, relevance: { relevant, indonesia: true, china: true, industry: [], missing: [] } });
    const result = score([judged('yes', true), judged('yes', false), judged('passing', true), judged('no', true), judged('no', false), judged('no', false)]);
    expect(result).toMatchObject({ recall: 0.5, precision: 2 / 3, refused: 2 / 3, passingKept: 1, passing: 1 });
  });
});
