// @vitest-environment node
// Incremental compile (src/compiler/page-cache.ts): after any edits, a compile that
// takes unchanged pages from the cache gives byte-identical JSON to a cold compile,
// and reads only the pages whose bytes changed; a cache saved to text and loaded
// back does the same; a cache of another compiler version is not used.
import { describe, expect, it } from 'vitest';
import { compilePages, type PageInput } from '../../src/compiler/compile.ts';
import { loadPageCache, PageCache } from '../../src/compiler/page-cache.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { FIXTURES, SEEDS } from './helpers.ts';

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (page: PageInput) => (typeof page.content === 'string' ? page.content : new TextDecoder().decode(page.content));

/** Edits a page author makes: add, drop, repeat or reword a line, change a grade, retitle a heading. */
function edit(content: string, rand: () => number): string {
  const lines = content.split('\n');
  const at = Math.floor(rand() * lines.length);
  const line = lines[at] ?? '';
  switch (Math.floor(rand() * 6)) {
    case 0:
      lines.splice(at, 0, `- A new responsibility ${Math.floor(rand() * 1000)}`);
      break;
    case 1:
      lines.splice(at, 1);
      break;
    case 2:
      lines.splice(at, 0, line);
      break;
    case 3:
      lines[at] = `${line} and more`;
      break;
    case 4:
      lines[at] = line.replace(/\d+/, () => String(Math.floor(rand() * 15)));
      break;
    default:
      lines[at] = line.replace(/^(#+ )(.*)$/, (_, hashes: string, title: string) => `${hashes}Senior ${title}`);
  }
  return lines.join('\n');
}

const cold = (pages: readonly PageInput[]) => JSON.stringify(compilePages(pages).graph);

describe('incremental compile', { timeout: 120_000 }, () => {
  const folders = [SEEDS, `${FIXTURES}/hostile`, `${FIXTURES}/broken/cycle`, `${FIXTURES}/broken/duplicate-families`];

  for (const folder of folders) {
    it(`is byte-identical to a cold compile after random edits (${folder.replace(/^.*\/test\//, 'test/').replace(/^.*\/seeds$/, 'seeds')})`, () => {
      const rand = random(folder.length * 7919);
      let pages = readPages(folder);
      const cache = new PageCache('test');
      expect(JSON.stringify(compilePages(pages, { cache }).graph)).toBe(cold(pages));
      expect(cache.stats).toEqual({ reread: pages.length, reused: 0 });
      for (let round = 0; round < 6; round++) {
        const changed = new Set<string>();
        const edits = 1 + Math.floor(rand() * 3);
        for (let e = 0; e < edits; e++) {
          const i = Math.floor(rand() * pages.length);
          const page = pages[i]!;
          const next = edit(text(page), rand);
          if (next !== text(page)) changed.add(page.file);
          pages = pages.map((p, j) => (j === i ? { file: p.file, content: next } : p));
        }
        const warm = JSON.stringify(compilePages(pages, { cache }).graph);
        expect(warm, `round ${round}`).toBe(cold(pages));
        expect(cache.stats.reread, `round ${round}: only the edited pages are read`).toBeLessThanOrEqual(changed.size);
        expect(cache.stats.reread + cache.stats.reused).toBe(pages.length);
        cache.prune();
      }
    });
  }

  it('reads a page that was renamed, added or removed, and nothing else', () => {
    const pages = readPages(SEEDS);
    const cache = new PageCache('test');
    compilePages(pages, { cache });
    const renamed = [{ ...pages[0]!, file: `renamed-${pages[0]!.file}` }, ...pages.slice(1, -1)];
    expect(JSON.stringify(compilePages(renamed, { cache }).graph)).toBe(cold(renamed));
    expect(cache.stats).toEqual({ reread: 1, reused: pages.length - 2 });
  });

  it('keeps working from a cache saved as text and loaded back', () => {
    const pages = readPages(`${FIXTURES}/hostile`).concat(readPages(SEEDS));
    const cache = new PageCache('v1');
    compilePages(pages, { cache });
    const loaded = loadPageCache('v1', cache.serialize());
    expect(JSON.stringify(compilePages(pages, { cache: loaded }).graph)).toBe(cold(pages));
    expect(loaded.stats).toEqual({ reread: 0, reused: pages.length });
  });

  it('starts empty from a cache of another compiler version or a damaged file', () => {
    const pages = readPages(SEEDS);
    const cache = new PageCache('v1');
    compilePages(pages, { cache });
    for (const other of [loadPageCache('v2', cache.serialize()), loadPageCache('v1', '{"version":"v1",'), loadPageCache('v1', null)]) {
      expect(JSON.stringify(compilePages(pages, { cache: other }).graph)).toBe(cold(pages));
      expect(other.stats.reused).toBe(0);
    }
  });
});
