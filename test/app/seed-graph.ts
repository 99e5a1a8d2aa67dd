// The real seeds compiled for app tests (jsdom: paths from the working directory,
// which is the project root, not from import.meta.url).
import { resolve } from 'node:path';
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import type { Graph } from '../../src/model/schema.ts';

let graph: Graph | null = null;
export function seedGraph(): Graph {
  graph ??= compilePages(readPages(resolve('seeds'))).graph;
  return graph;
}
