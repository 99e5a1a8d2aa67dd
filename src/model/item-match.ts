// When two list items are "the same item": identical after normalising case,
// punctuation and white space, or reworded (different text, mostly the same
// words). Used by the comparison and the promotion path, on the same
// key the compiler uses too (item-key.ts).
import { diffWords } from 'diff';
import { itemKey } from './item-key.ts';

export { itemKey };

// Comparing 4 roles of ~40 items each asks for thousands of similarities; each text is normalised once.
const wordSets = new Map<string, Set<string>>();

function wordSet(text: string): Set<string> {
  let words = wordSets.get(text);
  if (!words) {
    words = new Set(itemKey(text).split(' ').filter(Boolean));
    // Bounded: item texts come from the graph, but a long session should not grow without limit.
    if (wordSets.size > 5000) wordSets.clear();
    wordSets.set(text, words);
  }
  return words;
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: string, b: string): number {
  const wa = wordSet(a);
  const wb = wordSet(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/**
 * At or above this, two differently written items count as one reworded item.
 * Tuned on the seeds: "Excellent communication skills" vs "Excellent moderation
 * and communication skills" (0.75) pairs up; items that merely share a topic
 * ("Understanding of Git…" vs "Understanding of continuous integration…") stay apart.
 */
export const REWORDED_AT = 0.6;

export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** Word-level difference from `before` to `after`, as parts to render in order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}
