// A clear not-found page: what was asked for, and where to go instead.
import type { ReactNode } from 'react';

export function NotFound({ title, children, suggestions }: { title: string; children?: ReactNode; suggestions?: ReactNode }) {
  return (
    <main className="mx-auto max-w-2xl px-6 py-12" aria-labelledby="not-found-title">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Not found</p>
      <h1 id="not-found-title" className="mt-1 text-2xl font-semibold">
        {title}
      </h1>
      <div className="mt-3 text-slate-700 dark:text-slate-300">{children}</div>
      {suggestions && (
        <section className="mt-8" aria-labelledby="closest-title">
          <h2 id="closest-title" className="text-lg font-semibold">
            Closest matches
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {suggestions}
          </ul>
        </section>
      )}
    </main>
  );
}
