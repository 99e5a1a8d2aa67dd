// Import a plan exported as Markdown (on this or another machine): paste it or
// pick the file. A plan already saved for the same two roles is replaced; what
// cannot be read is said with its line.
import { useId, useState } from 'react';
import { buttonClass } from '@/components/button-class';
import { importPlanMarkdown } from '@/model/plan-markdown';
import { savePlan } from '@/model/plan-storage';
import { usePlanStore } from './plan-store';

export function PlanImport({ onImported }: { onImported: (from: string, to: string) => void }) {
  const { store } = usePlanStore();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();

  const run = (markdown: string) => {
    const read = importPlanMarkdown(markdown, new Date());
    if (!read.ok) {
      setMessage({ ok: false, text: `Could not import: line ${read.line}: ${read.message}.` });
      return;
    }
    if (!savePlan(store.kv, read.record)) {
      setMessage({ ok: false, text: 'This browser did not save the plan (its storage is full or turned off).' });
      return;
    }
    store.changed();
    setText('');
    setMessage({ ok: true, text: `Imported the plan ${read.record.fromTitle} → ${read.record.toTitle}.` });
    onImported(read.record.from, read.record.to);
  };

  return (
    <details className="mt-6 rounded-md border border-slate-200 p-3 dark:border-slate-800" data-print="hide">
      <summary className="cursor-pointer font-medium">Import a plan from Markdown</summary>
      <div className="mt-3 space-y-3 text-sm">
        <label htmlFor={`${id}-file`} className="block">
          Markdown file exported from Rungs
          <input
            id={`${id}-file`}
            type="file"
            accept=".md,text/markdown,text/plain"
            className="mt-1 block text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) run(await file.text());
              e.target.value = '';
            }}
          />
        </label>
        <label htmlFor={`${id}-text`} className="block">
          Or paste it here
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={5}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
          />
        </label>
        <button type="button" className={buttonClass} disabled={!text.trim()} onClick={() => run(text)}>
          Import pasted plan
        </button>
        <p role="status" className={`empty:hidden ${message?.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}`}>
          {message?.text}
        </p>
      </div>
    </details>
  );
}
