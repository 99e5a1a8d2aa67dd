// The accuracy harness's disk side: compile every page under RUNGS_CORPUS (so
// references across pages resolve as in a real build) and score the truth pages.
import { fileURLToPath } from 'node:url';
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import type { Graph } from '../../src/model/schema.ts';
import { type PageFloor, type PageScore, scorePage } from './score.ts';
import { loadTruth } from './truth.ts';

export const TRUTH_PAGES = fileURLToPath(new URL('../truth/pages', import.meta.url));
export const FLOOR_FILE = fileURLToPath(new URL('../truth/floor.json', import.meta.url));

export interface Measured {
  graph: Graph;
  scores: PageScore[];
  invalid: string[];
}

export function measure(corpus: string, truthDir = TRUTH_PAGES): Measured {
  const { pages, invalid } = loadTruth(truthDir);
  const graph = compilePages(readPages(corpus)).graph;
  return { graph, scores: pages.map((p) => scorePage(p, graph)), invalid };
}

export interface FloorFile {
  note: string;
  pages: Record<string, PageFloor>;
}
