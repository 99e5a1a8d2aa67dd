// Stage: merge. A level's merged list = the merged list of the level it extends
// (recursively), followed by its own items; every item keeps `from`, the role it
// was written in. A restated item (same text after normalising case, punctuation
// and white space) appears once, as the level's own, and its sub-items are merged:
// restated sub-items keep their origin, new ones are marked own.
import type { Item } from '../model/schema.ts';
import type { RawItem } from './blocks.ts';
import { itemKey } from './text.ts';

export function toItems(raw: readonly RawItem[], from: string): Item[] {
  return raw.map((r) => ({ text: r.text, links: r.links, children: toItems(r.children, from), from, own: true, line: r.line }));
}

export function inherited(items: readonly Item[]): Item[] {
  return items.map((i) => ({ ...i, own: false, children: inherited(i.children) }));
}

/** Own children of a restated item, merged with the inherited item's children. */
function mergeChildren(base: readonly Item[], own: readonly Item[]): Item[] {
  const remaining = [...base];
  const merged: Item[] = [];
  for (const child of own) {
    const at = remaining.findIndex((b) => itemKey(b.text) === itemKey(child.text));
    if (at === -1) {
      merged.push(child);
      continue;
    }
    const [match] = remaining.splice(at, 1);
    merged.push({ ...match!, children: mergeChildren(match!.children, child.children) });
  }
  return [...merged, ...remaining];
}

/** `base` are the inherited items (already marked own: false), `own` the level's own items. */
export function mergeLists(base: readonly Item[], own: readonly Item[]): Item[] {
  const result = [...base];
  const ownItems: Item[] = [];
  for (const item of own) {
    const at = result.findIndex((b) => !b.own && itemKey(b.text) === itemKey(item.text));
    if (at === -1) {
      ownItems.push(item);
      continue;
    }
    const [restated] = result.splice(at, 1);
    ownItems.push({ ...item, children: mergeChildren(restated!.children, item.children) });
  }
  return [...result, ...ownItems];
}

/** What mergeExtraTargets needs of a role: its id, its inheritance lines and its first target per list. */
export interface MergeRole {
  id: string;
  inheritance: readonly { section: 'responsibilities' | 'requirements' | 'performanceIndicators'; target: string | null }[];
  extends: Record<'responsibilities' | 'requirements' | 'performanceIndicators', string | null>;
}

/**
 * A list that builds on two levels ("either X or Y", "X and Y"): the first target
 * is merged as usual; the items of the others follow it, each keeping its origin,
 * once (an item already inherited is not repeated). Roles are taken in page order,
 * so a level extending such a level sees its full list.
 */
export function mergeExtraTargets(roles: readonly MergeRole[], lists: Map<string, Record<'responsibilities' | 'requirements' | 'performanceIndicators', Item[]>>, familyItems: Map<string, Record<'responsibilities' | 'requirements' | 'performanceIndicators', Item[]>>): void {
  for (const role of roles) {
    const merged = lists.get(role.id);
    if (!merged) continue;
    for (const kind of ['responsibilities', 'requirements', 'performanceIndicators'] as const) {
      const extra = [...new Set(role.inheritance.filter((i) => i.section === kind && i.target !== null && i.target !== role.extends[kind]).map((i) => i.target!))];
      if (extra.length === 0) continue;
      const have = new Set(merged[kind].map((i) => itemKey(i.text)));
      const added: Item[] = [];
      for (const target of extra) {
        const base = lists.get(target)?.[kind] ?? familyItems.get(target)?.[kind] ?? [];
        for (const item of inherited(base)) {
          if (have.has(itemKey(item.text))) continue;
          have.add(itemKey(item.text));
          added.push(item);
        }
      }
      const firstOwn = merged[kind].findIndex((i) => i.own);
      const at = firstOwn === -1 ? merged[kind].length : firstOwn;
      merged[kind] = [...merged[kind].slice(0, at), ...added, ...merged[kind].slice(at)];
    }
  }
}
