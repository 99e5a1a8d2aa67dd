// Shared helpers for compiler tests: compile the real seeds (once) or a fixture folder.
import { fileURLToPath } from 'node:url';
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import type { Graph, Item, Role } from '../../src/model/schema.ts';

export const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

let seedGraph: Graph | null = null;
export function seeds(): Graph {
  seedGraph ??= compilePages(readPages(SEEDS)).graph;
  return seedGraph;
}

export function compileFolder(dir: string): Graph {
  return compilePages(readPages(dir)).graph;
}

export function compileText(file: string, text: string): Graph {
  return compilePages([{ file, content: text }]).graph;
}

export function role(graph: Graph, id: string): Role {
  const found = graph.roles.find((r) => r.id === id);
  if (!found) throw new Error(`no role ${id}; roles: ${graph.roles.map((r) => r.id).join(', ')}`);
  return found;
}

/** The page's own roles by title, in page order (external managers left out). */
export const roleTitles = (g: Graph) => g.roles.filter((r) => !r.external).map((r) => r.title);

/** Every diagnostic's code, in the compiler's order. */
export const diagnosticCodes = (g: Graph) => g.diagnostics.map((d) => d.code);

/** The role with this exact title; throws naming the titles there are. */
export function roleByTitle(graph: Graph, title: string): Role {
  const found = graph.roles.find((r) => r.title === title);
  if (!found) throw new Error(`no role "${title}" in ${graph.roles.map((r) => r.title).join(', ')}`);
  return found;
}

/** Item texts with their origin, one level deep: "text ← from". */
export function origins(items: readonly Item[]): [string, string, boolean][] {
  return items.map((i) => [i.text, i.from, i.own]);
}

export function findItem(items: readonly Item[], start: string): Item {
  const found = items.find((i) => i.text.startsWith(start));
  if (!found) throw new Error(`no item starting "${start}"`);
  return found;
}

export const CSM = 'customer-success-management';
export const OPS = 'customer-success-operations';
export const STRATEGY = 'customer-success-strategy';
export const PROGRAMS = 'program-manager-customer-programs';
export const PMO = 'program-manager-customer-success-strategy-and-operations';
