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

/** Longest pair of texts diffed word by word, and most word edits looked for: beyond either, the diff would block the page. */
export const WORD_DIFF_MAX_CHARS = 6000;
export const WORD_DIFF_MAX_EDITS = 300;

/** True when two texts are too long or too different to compare word by word ("reworded, too long to compare word by word"). */
export function tooLongForWordDiff(before: string, after: string): boolean {
  return before.length + after.length > WORD_DIFF_MAX_CHARS;
}

/**
 * Word-level difference from `before` to `after`, as parts to render in order.
 * Bounded: texts over WORD_DIFF_MAX_CHARS, or needing more than WORD_DIFF_MAX_EDITS
 * edits, come back as the old text removed and the new one added.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const whole: DiffPart[] = [
    { text: before, kind: 'removed' },
    { text: after, kind: 'added' },
  ];
  if (tooLongForWordDiff(before, after)) return whole;
  const changes = diffWords(before, after, { maxEditLength: WORD_DIFF_MAX_EDITS });
  if (!changes) return whole;
  return changes.map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}
