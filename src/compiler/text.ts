// Text helpers shared by the compiler stages: slugs, normalised comparison keys,
// and the repair of mojibake (UTF-8 text that was once decoded as Windows-1252).
export { itemKey } from '../model/item-key.ts';

/** Longest slug kept whole; a longer one keeps a readable prefix and a hash of the rest, so ids, chunk names and `roles/<id>/` folders stay short. */
export const MAX_SLUG = 100;

/** Lowercase ASCII slug: letters, digits and single hyphens ("Manager, CSM" → "manager-csm"), at most MAX_SLUG characters. */
export function slugify(text: string): string {
  const slug = fullSlug(text);
  if (slug.length <= MAX_SLUG) return slug;
  return `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${fnv1a(slug)}`;
}

function fullSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A title in another script ("مهندس البيانات") has no ASCII to keep: a stable hash of it stands in.
  return slug === '' && /[\p{L}\p{N}]/u.test(text) ? `u${fnv1a(text.normalize('NFC').trim())}` : slug;
}

/** 32-bit FNV-1a hash as 8 hex digits: short, stable across runs and machines. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export { headingAnchor } from '../model/heading-anchor.ts';

/**
 * `text` without the characters of `chars` at its end: a plain loop, linear in the
 * length of the run (a pattern like /[\s.,;:]+$/ retries from every character of a
 * long run and takes quadratic time). White space is trimmed when `chars` has a space.
 */
export function trimEndChars(text: string, chars: string): string {
  const space = chars.includes(' ');
  let end = text.length;
  while (end > 0) {
    const ch = text[end - 1]!;
    if (chars.includes(ch) || (space && /\s/.test(ch))) end--;
    else break;
  }
  return text.slice(0, end);
}

/** The text cut to `max` characters for matching a pattern against it (the full text is kept elsewhere). */
export function forMatching(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/**
 * The value of a `title:` line in front matter that is not valid YAML, found by
 * scanning lines (no backtracking pattern): quotes and surrounding space dropped.
 */
export function titleLine(frontMatter: string): string | undefined {
  for (const line of frontMatter.split('\n')) {
    if (!line.startsWith('title:')) continue;
    let value = line.slice('title:'.length).trim();
    if (value.startsWith('"') || value.startsWith("'")) value = value.slice(1);
    if (value.endsWith('"') || value.endsWith("'")) value = value.slice(0, -1);
    return value.trim();
  }
  return undefined;
}

/** Collapse runs of white space (including line breaks) to single spaces and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Windows-1252 code points for the bytes 0x80–0x9F (the rest of 0x00–0xFF map to themselves).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const cp1252Byte = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  cp1252Byte.set(ch, b);
}

// A lead byte of a 2–4 byte UTF-8 sequence, shown as Windows-1252 (Â–ô), followed by
// continuation bytes (0x80–0xBF) shown the same way.
const MOJIBAKE = /[\u00c2-\u00f4][€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0-\u00bf]{1,3}/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface Repair {
  from: string;
  to: string;
  index: number;
}

/** Repairs mojibake runs whose bytes decode as valid UTF-8; returns the text and what was changed. */
export function repairMojibake(text: string): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const fixed = text.replace(MOJIBAKE, (run, index: number) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = cp1252Byte.get(ch);
      if (b === undefined) return run;
      bytes.push(b);
    }
    try {
      const decoded = utf8.decode(new Uint8Array(bytes));
      // Only whole sequences that decode to one character beyond Latin-1 are trusted.
      if ([...decoded].length !== 1 || decoded.charCodeAt(0) < 0x80) return run;
      repairs.push({ from: run, to: decoded, index });
      return decoded;
    } catch {
      return run;
    }
  });
  return { text: fixed, repairs };
}
