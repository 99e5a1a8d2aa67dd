// @vitest-environment node
// The graph store's page data: the pages' summaries and each page's line map load
// on demand, once, validated; an unknown page loads nothing; a bad chunk is a
// recorded failure (retried next time), never a crash; a build without line maps
// simply has no pages.
import { describe, expect, it, vi } from 'vitest';
import { createGraphStore, type GraphSources } from '@/model/graph-store';
import type { PageLines, PageSummary } from '@/model/page-lines';
import { smallGraph } from './fixtures';

const summary: PageSummary = { file: 'cs.md', counted: 2, understood: 1, kept: 0, missed: 1 };
const lines: PageLines = {
  file: 'cs.md',
  family: { id: 'customer-success-management', title: 'Customer Success Management', kind: 'family' },
  lines: [
    { text: '## Levels', meanings: [{ kind: 'heading', owner: { id: 'customer-success-management', title: 'Customer Success Management', kind: 'family' }, part: 'levels' }] },
    { text: '<div></div>', meanings: [{ kind: 'ignored', reason: 'An HTML block was dropped (it had no text).' }] },
  ],
  diagnostics: [],
};

function sources(page: unknown = lines) {
  const load = vi.fn(async () => ({ default: structuredClone(page) }));
  const pages = vi.fn(async () => ({ pages: [summary], loaders: { 'cs.md': load } }));
  return { pages, load, sources: { pages } satisfies GraphSources };
}

describe('graph store: pages', () => {
  it('loads the summaries, then one page on demand, once', async () => {
    const { pages, load, sources: s } = sources();
    const store = createGraphStore(smallGraph, s);
    expect(store.getState().pages).toBeNull();
    await Promise.all([store.ensurePageLines('cs.md'), store.ensurePageLines('cs.md')]);
    expect(store.getState().pages).toEqual([summary]);
    expect(store.getState().pageLines.get('cs.md')).toEqual(lines);
    expect(store.ensurePageLines('cs.md')).toBeUndefined();
    expect(pages).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing for a page the build does not have', async () => {
    const { load, sources: s } = sources();
    const store = createGraphStore(smallGraph, s);
    await store.ensurePageLines('nope.md');
    expect(store.getState().pageLines.size).toBe(0);
    expect(store.getState().failed.size).toBe(0);
    expect(load).not.toHaveBeenCalled();
  });

  it('records a chunk that does not fit the schema as a failure and retries it', async () => {
    const { load, sources: s } = sources({ file: 'cs.md', lines: 'not lines' });
    const store = createGraphStore(smallGraph, s);
    await expect(store.ensurePageLines('cs.md')).rejects.toThrow();
    expect(store.getState().failed.has('page:cs.md')).toBe(true);
    await expect(store.ensurePageLines('cs.md')).rejects.toThrow();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('has no pages, and fetches nothing, without line maps', () => {
    const store = createGraphStore(smallGraph);
    expect(store.getState().pages).toEqual([]);
    expect(store.ensurePages()).toBeUndefined();
    expect(store.ensurePageLines('cs.md')).toBeUndefined();
  });
});
