// When two list items are "the same item": identical after normalising case,
// punctuation and white space. One definition for the compiler (restated items,
// merging) and the app (comparison, promotion path).

/** Comparison key: lowercase letters and digits separated by single spaces. */
export function itemKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
