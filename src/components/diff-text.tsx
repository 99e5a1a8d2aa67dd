// A word-level difference as text: removed words struck through, added ones
// underlined, each also named for screen readers (colour is not the only mark).
import type { DiffPart } from '@/model/item-match';

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  // wordDiff gives up on texts too long or too different to compare word by word
  // (it would block the page) and returns the old text removed, the new one added
  const added = parts.find((p) => p.kind === 'added');
  if (added && parts.length === 2 && !parts.some((p) => p.kind === 'same')) {
    return (
      <span>
        {added.text}
        <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">Reworded: too long or too different to compare word by word.</span>
      </span>
    );
  }
  return (
    <span>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 underline decoration-emerald-700 dark:bg-emerald-900/60 dark:text-emerald-50">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="bg-rose-100 text-rose-950 line-through dark:bg-rose-900/60 dark:text-rose-50">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </span>
  );
}
