// What a page shows while its family text loads, and when loading failed. Both
// fill the page area under the header, so nothing jumps when the text arrives.
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { buttonClass } from '@/components/button-class';

export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <div className="flex h-full items-center justify-center text-sm text-slate-600 dark:text-slate-400" role="status">
      {what}
    </div>
  );
}

export function LoadFailed({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <main className="mx-auto max-w-2xl px-6 py-12" aria-labelledby="load-failed-title">
      <div role="alert">
        <h1 id="load-failed-title" className="text-2xl font-semibold">
          This page could not be loaded
        </h1>
        <p className="mt-3">
          Part of the career data did not arrive (the connection may have dropped, or a new version is being published). Try again; if it keeps
          failing, reload the page.
        </p>
        <p className="mt-2 font-mono text-sm text-slate-600 dark:text-slate-400">{error instanceof Error ? error.message : String(error)}</p>
      </div>
      <button type="button" className={`${buttonClass} mt-4`} onClick={() => void router.invalidate()}>
        Try again
      </button>
    </main>
  );
}
