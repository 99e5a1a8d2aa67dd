// A word-level difference as text: removed words struck through, added ones
// underlined, each also named for screen readers (colour is not the only mark).
import type { DiffPart } from '@/model/item-match';

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
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
