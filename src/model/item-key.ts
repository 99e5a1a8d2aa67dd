// When two list items are "the same item": identical after normalising case,
// punctuation and white space. One definition for the compiler (restated items,
// merging) and the app (comparison, promotion path).

/** Comparison key: lowercase letters and digits separated by single spaces. */
export function itemKey(text: string): string {
  let key = known.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // Merging compares every inherited item with every own one: the same texts, over and over.
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, key);
  }
  return key;
}

const KNOWN_LIMIT = 100_000;
const known = new Map<string, string>();
