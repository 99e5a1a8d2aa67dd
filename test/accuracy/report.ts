// Text report of the accuracy figures: a table per set, then the worst mismatches.
import { FIELDS, type Mismatch, percent, type Summary } from './score.ts';

export function table(title: string, s: Summary): string {
  const rows = FIELDS.map((f) => {
    const t = s.fields[f];
    return `  ${f.padEnd(30)} ${String(t.correct).padStart(5)} / ${String(t.total).padEnd(5)} ${percent(t).toFixed(1).padStart(6)} %`;
  });
  return [`${title} (${s.pages} pages)`, ...rows, `  ${'phantom roles'.padEnd(30)} ${String(s.phantoms).padStart(5)}`, `  ${'spurious promotion edges'.padEnd(30)} ${String(s.spurious).padStart(5)}`].join('\n');
}

const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function mismatchLines(list: readonly Mismatch[]): string {
  return list.map((m) => `  ${m.page} | ${cut(m.level, 50)} | ${m.field} | expected ${cut(m.expected, 70)} | got ${cut(m.got, 90)}`).join('\n');
}
