// @vitest-environment node
// "Nothing is lost": every list item written in a seed's source is somewhere in
// the graph, as an item (own or inherited, in a role, the family, a specialty or
// a kept section) or as the recorded "Extends …" line of a role.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph, Item, Section, Text } from '../../src/model/schema.ts';
import { itemKey } from '../../src/compiler/text.ts';
import { SEEDS, seeds } from './helpers.ts';

/** List items in the raw source: bullet lines, plus lines the compiler reported as having lost their bullet. */
function sourceItems(text: string, lostBulletLines: number[]): string[] {
  const lines = text.split('\n');
  const items: string[] = [];
  let inFrontMatter = lines[0]?.trim() === '---';
  lines.forEach((line, i) => {
    if (i > 0 && inFrontMatter && line.trim() === '---') {
      inFrontMatter = false;
      return;
    }
    if (inFrontMatter) return;
    const bullet = /^\s*(?:[-*+]|\d+[.)])\s+(.*\S)\s*$/.exec(line);
    if (bullet) items.push(bullet[1]!);
    else if (lostBulletLines.includes(i + 1)) items.push(line.trim());
  });
  return items;
}

/** Markdown inline syntax → the visible text ("[values](/x)" → "values"). */
function visible(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
}

function textsOf(graph: Graph, file: string): Set<string> {
  const out = new Set<string>();
  const items = (list: readonly Item[]) => list.forEach((i) => (out.add(itemKey(i.text)), items(i.children)));
  const paragraphs = (list: readonly Text[]) => list.forEach((p) => out.add(itemKey(p.text)));
  const sections = (list: readonly Section[]) => list.forEach((s) => (items(s.items), paragraphs(s.paragraphs), sections(s.sections)));
  for (const family of graph.families.filter((f) => f.source.file === file)) {
    items(family.responsibilities);
    items(family.requirements);
    items(family.performanceIndicators);
    paragraphs(family.intro);
    sections(family.sections);
    for (const s of family.specialties) {
      items(s.items);
      items(s.responsibilities);
      items(s.requirements);
      sections(s.sections);
      s.inheritance.forEach((i) => out.add(itemKey(i.text)));
    }
  }
  for (const role of graph.roles.filter((r) => r.source.file === file)) {
    items(role.responsibilities);
    items(role.requirements);
    items(role.performanceIndicators);
    paragraphs(role.intro);
    sections(role.sections);
    role.inheritance.forEach((i) => out.add(itemKey(i.text)));
  }
  return out;
}

describe('nothing is lost', () => {
  const graph = seeds();
  for (const file of readdirSync(SEEDS).sort()) {
    it(`keeps every list item of ${file}`, () => {
      const source = readFileSync(`${SEEDS}/${file}`, 'utf8');
      const lost = graph.diagnostics.filter((d) => d.file === file && d.code === 'lost-bullet').map((d) => d.line);
      const expected = sourceItems(source, lost);
      expect(expected.length).toBeGreaterThan(10);
      const kept = textsOf(graph, file);
      const missing = expected.filter((item) => {
        const key = itemKey(visible(item).replace(/â€™/g, '’'));
        return !kept.has(key);
      });
      expect(missing).toEqual([]);
    });
  }

  it('counts the same number of items as the source has bullets (CSM page)', () => {
    const csm = graph.families.find((f) => f.id === 'customer-success-management')!;
    const count = (list: readonly Item[]): number => list.reduce((n, i) => n + 1 + count(i.children), 0);
    const own = graph.roles
      .filter((r) => r.familyId === csm.id)
      .reduce((n, r) => n + count(r.responsibilities.filter((i) => i.own)) + count(r.requirements.filter((i) => i.own)) + count(r.performanceIndicators.filter((i) => i.own)) + r.inheritance.length, 0);
    const family = count(csm.responsibilities) + count(csm.requirements) + count(csm.performanceIndicators);
    const specialties = csm.specialties.reduce((n, s) => n + count(s.items) + count(s.responsibilities) + count(s.requirements) + s.inheritance.length, 0);
    const hiring = csm.sections.flatMap((s) => [s, ...s.sections]).reduce((n, s) => n + count(s.items), 0);
    const source = sourceItems(readFileSync(`${SEEDS}/${csm.source.file}`, 'utf8'), []);
    expect(own + family + specialties + hiring).toBe(source.length);
  });
});
