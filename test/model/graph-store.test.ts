// @vitest-environment node
// The graph store: the index first, each family's text merged in when asked for,
// loads shared and retried after a failure, search text and diagnostics lazy, and a
// full graph counts as everything loaded (so nothing is ever fetched for it).
import { describe, expect, it, vi } from 'vitest';
import { splitGraph, type FamilyChunk } from '@/model/chunks';
import { createGraphStore, familiesForRoles, familyStatus, type ModuleLoader } from '@/model/graph-store';
import { getRole } from '@/model/queries';
import { smallGraph } from './fixtures';

const CSM = 'customer-success-management';
const OPS = 'customer-success-operations';
const SENIOR = `${CSM}/senior-csm`;

function split() {
  const { index, chunks, search } = splitGraph(smallGraph);
  const calls: string[] = [];
  const families: Record<string, ModuleLoader> = {};
  for (const [id, chunk] of chunks) {
    families[id] = vi.fn(async () => {
      calls.push(id);
      return { default: structuredClone(chunk) as FamilyChunk };
    });
  }
  return { index, chunks, search, calls, families };
}

describe('graph store', () => {
  it('starts with the index and merges a family text when it is ensured, once', async () => {
    const { index, calls, families } = split();
    const store = createGraphStore(index, { families });
    const seen: string[] = [];
    store.subscribe(() => seen.push([...store.getState().loading].join()));
    expect(getRole(store.getState().graph, SENIOR)!.responsibilities).toEqual([]);
    expect(familyStatus(store.getState(), CSM)).toBe('idle');

    const first = store.ensureFamilies([CSM]);
    const again = store.ensureFamilies([CSM, null]);
    expect(familyStatus(store.getState(), CSM)).toBe('loading');
    await Promise.all([first, again]);
    expect(calls).toEqual([CSM]);
    expect(seen).toEqual([CSM, '']);
    expect(familyStatus(store.getState(), CSM)).toBe('ready');
    expect(familyStatus(store.getState(), OPS)).toBe('idle');
    expect(getRole(store.getState().graph, SENIOR)).toEqual(getRole(smallGraph, SENIOR));
    expect(store.getState().index).toBe(index); // the ladder's input never changes
    expect(store.ensureFamilies([CSM])).toBeUndefined(); // nothing missing: synchronous
  });

  it('records a failed family, does not throw at render time, and retries on the next ensure', async () => {
    const { index, chunks } = split();
    let fail = true;
    const families: Record<string, ModuleLoader> = {
      [CSM]: async () => {
        if (fail) throw new Error('network down');
        return { default: chunks.get(CSM) };
      },
    };
    const store = createGraphStore(index, { families });
    await expect(store.ensureFamilies([CSM])).rejects.toThrow('network down');
    expect(familyStatus(store.getState(), CSM)).toBe('failed');
    expect(store.getState().failed.get(CSM)).toBe('network down');
    fail = false;
    await store.ensureFamilies([CSM]);
    expect(familyStatus(store.getState(), CSM)).toBe('ready');
    expect(store.getState().failed.size).toBe(0);
  });

  it('rejects a chunk that does not fit the schema or names another family', async () => {
    const { index, chunks } = split();
    const store = createGraphStore(index, {
      families: { [CSM]: async () => ({ default: { family: { id: CSM } } }), [OPS]: async () => ({ default: chunks.get(CSM) }) },
    });
    await expect(store.ensureFamilies([CSM])).rejects.toThrow(/expected shape/);
    await expect(store.ensureFamilies([OPS])).rejects.toThrow(/expected shape/);
    expect(getRole(store.getState().graph, SENIOR)!.responsibilities).toEqual([]);
  });

  it('loads the search text and the diagnostics only when asked, keeping loaded families', async () => {
    const { index, search, families } = split();
    const loadSearch = vi.fn(async () => ({ default: search }));
    const loadDiagnostics = vi.fn(async () => ({ default: smallGraph.diagnostics }));
    const store = createGraphStore(index, { families, search: loadSearch, diagnostics: loadDiagnostics });
    expect(store.getState().search).toBeNull();
    expect(store.getState().diagnosticsReady).toBe(false);
    await store.ensureFamilies([CSM]);
    await Promise.all([store.ensureSearch(), store.ensureSearch(), store.ensureDiagnostics()]);
    expect(loadSearch).toHaveBeenCalledTimes(1);
    expect(store.getState().search).toEqual(search);
    expect(store.getState().graph.diagnostics).toEqual(smallGraph.diagnostics);
    expect(familyStatus(store.getState(), CSM)).toBe('ready');
    expect(store.ensureSearch()).toBeUndefined();
    expect(store.ensureDiagnostics()).toBeUndefined();
  });

  it('treats a full graph without sources as everything loaded', () => {
    const store = createGraphStore(smallGraph);
    expect(store.ensureFamilies([CSM, OPS])).toBeUndefined();
    expect(store.ensureDiagnostics()).toBeUndefined();
    expect(store.ensureSearch()).toBeUndefined();
    expect(familyStatus(store.getState(), CSM)).toBe('ready');
    expect(store.getState().graph).toBe(smallGraph);
  });
});

describe('familiesForRoles', () => {
  it("names a role's own family and, unless told not to, those of its reporting and extends targets", () => {
    const role = smallGraph.roles.find((r) => r.familyId === CSM && r.reportsTo.some((id) => getRole(smallGraph, id)?.familyId === OPS));
    const ids = [SENIOR, 'no/such-role'];
    expect(familiesForRoles(smallGraph, ids)).toContain(CSM);
    expect(familiesForRoles(smallGraph, ids, { related: false })).toEqual([CSM]);
    if (role) expect(familiesForRoles(smallGraph, [role.id])).toEqual([CSM, OPS]);
  });
});
