// Model functions on hostile input (issue 10): the word diff and the closest-match
// search stay bounded however long the texts or the typed id, and still answer.
import { describe, expect, it } from 'vitest';
import small from '../fixtures/graphs/small.json';
import { tooLongForWordDiff, wordDiff, WORD_DIFF_MAX_CHARS } from '../../src/model/item-match.ts';
import { closestFamilies, closestRoles } from '../../src/model/queries.ts';
import { graphSchema } from '../../src/model/schema.ts';

const graph = graphSchema.parse(small);
const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(i * seed) % 997}`).join(' ');

describe('bounded model functions', () => {
  it('compares short items word by word', () => {
    expect(wordDiff('Lead the team', 'Lead the whole team')).toEqual([
      { text: 'Lead the ', kind: 'same' },
      { text: 'whole ', kind: 'added' },
      { text: 'team', kind: 'same' },
    ]);
  });

  it('gives two 6,300-word items as removed and added whole, told apart as too long to compare word by word', () => {
    const before = words(6300, 7);
    const after = words(6300, 11);
    expect(before.length + after.length).toBeGreaterThan(WORD_DIFF_MAX_CHARS);
    expect(tooLongForWordDiff(before, after)).toBe(true);
    expect(wordDiff(before, after)).toEqual([
      { text: before, kind: 'removed' },
      { text: after, kind: 'added' },
    ]);
  });

  it('gives texts under the size limit but too different to diff cheaply as removed and added whole', () => {
    const before = words(300, 7);
    const after = words(300, 13);
    expect(tooLongForWordDiff(before, after)).toBe(false);
    expect(wordDiff(before, after)).toEqual([
      { text: before, kind: 'removed' },
      { text: after, kind: 'added' },
    ]);
  });

  it('still suggests the closest roles and families for a 1 MB id', () => {
    const typed = `${'x'.repeat(1_000_000)}/senior-cms`;
    expect(closestRoles(graph, typed)[0]?.title).toBe('Senior CSM');
    expect(closestFamilies(graph, `${'y'.repeat(1_000_000)}customer-success-operations`)[0]?.id).toBe('customer-success-operations');
  });
});
