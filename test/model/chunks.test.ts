// @vitest-environment node
// Splitting the graph for on-demand loading loses nothing: index + every family
// chunk + diagnostics give back the full graph, and the index carries no item text.
import { describe, expect, it } from 'vitest';
import { splitGraph, withFamilyChunk } from '../../src/model/chunks.ts';
import { graphSchema } from '../../src/model/schema.ts';
import { seeds } from '../compiler/helpers.ts';

describe('graph chunks', () => {
  it('index fits the schema and has no item text; chunks restore the full graph', () => {
    const full = seeds();
    const { index, chunks, search } = splitGraph(full);
    expect(graphSchema.safeParse(index).success).toBe(true);
    expect(index.roles.every((r) => r.responsibilities.length === 0)).toBe(true);
    expect(JSON.stringify(index)).not.toContain('Strategize on the overall objectives');
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(full).length / 3);
    let merged = index;
    for (const chunk of chunks.values()) merged = withFamilyChunk(merged, chunk);
    expect({ ...merged, diagnostics: full.diagnostics }).toEqual(full);
    const senior = search.find(([id]) => id === 'customer-success-management/senior-csm')!;
    expect(senior[1]).toContain('Strategize on the overall objectives');
    expect(senior[1]).not.toContain('Provide immediate onboarding activities'); // inherited: searched at its origin
  });
});
