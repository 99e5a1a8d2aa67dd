// @vitest-environment node
// Compare opens on the differences: on the real seeds, Senior CSM vs Staff CSM folds
// the items Staff CSM inherits unchanged, and nothing a reader needs is folded away.
import { describe, expect, it } from 'vitest';
import { compareRoles, COMPARED_SECTIONS } from '@/model/compare';
import { foldSharedRows, isShared, sharedCount } from '@/model/compare-fold';
import { CSM, seeds } from '../compiler/helpers.ts';

describe('foldSharedRows on the seeds', () => {
  const graph = seeds();
  const comparison = compareRoles(graph, [`${CSM}/senior-csm`, `${CSM}/staff-csm`]);

  it('folds every row both roles have in the same words, keeps every other row, in order', () => {
    for (const section of COMPARED_SECTIONS) {
      const rows = comparison.sections[section];
      const shown = foldSharedRows(rows, 2);
      // unfolding gives back exactly the rows, in order
      expect(shown.flatMap((e) => (e.kind === 'row' ? [e.row] : e.rows))).toEqual(rows);
      for (const e of shown) {
        if (e.kind === 'row') expect(isShared(e.row)).toBe(false);
        else expect(e.rows.every(isShared)).toBe(true);
      }
      // no two folds next to each other: a run is one line
      expect(shown.some((e, i) => e.kind === 'shared' && shown[i + 1]?.kind === 'shared')).toBe(false);
    }
    const responsibilities = foldSharedRows(comparison.sections.responsibilities, 2);
    expect(responsibilities[0]).toMatchObject({ kind: 'shared' });
    expect(sharedCount(comparison.sections.responsibilities)).toBe(18);
    expect(responsibilities.filter((e) => e.kind === 'row')).toHaveLength(comparison.sections.responsibilities.length - 18);
  });

  it('does not fold reworded rows or rows some role lacks', () => {
    const intermediate = compareRoles(graph, [`${CSM}/associate-csm`, `${CSM}/csm-intermediate`, `${CSM}/staff-csm`]);
    for (const section of COMPARED_SECTIONS) {
      for (const e of foldSharedRows(intermediate.sections[section], 3)) {
        if (e.kind === 'row') expect(e.row.presence === 'some' || e.row.reworded).toBe(true);
      }
    }
  });

  it('folds nothing when one role is shown alone', () => {
    const alone = compareRoles(graph, [`${CSM}/senior-csm`]);
    expect(foldSharedRows(alone.sections.responsibilities, 1).every((e) => e.kind === 'row')).toBe(true);
  });
});
