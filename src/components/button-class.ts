// The look of a secondary button (and of links that act as one), shared so
// every toolbar reads the same.
export const buttonClass =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

export const linkClass = 'text-blue-700 underline underline-offset-2 hover:decoration-2 dark:text-sky-300';

/** The one main action of a bar ("Compare selected"). */
export const primaryButtonClass =
  'inline-flex items-center gap-1 rounded-md border border-blue-700 bg-blue-700 px-2.5 py-1.5 text-sm font-medium text-white hover:bg-blue-800 dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';
