// Above the ladder while it highlights a promotion path: which path, how many
// steps, the way to its steps and the way out.
import { Link } from '@tanstack/react-router';
import type { NoRoute, PromotionPath } from '@/model/path';
import { linkClass } from '@/components/button-class';

export function PathBanner({ from, to, result, onClear }: { from: string; to: string; result: PromotionPath | NoRoute; onClear: () => void }) {
  return (
    <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-blue-50 px-3 py-1.5 text-sm text-blue-950 dark:bg-slate-800 dark:text-slate-100">
      {result.found ? (
        <span>
          Path from <strong>{result.from.title}</strong> to <strong>{result.to.title}</strong>: {result.steps.length} step{result.steps.length === 1 ? '' : 's'}
        </span>
      ) : (
        <span>No route: {result.noRoute.message}</span>
      )}
      <Link to="/path" search={{ from, to }} className={linkClass}>
        {result.found ? 'See the steps' : 'Details'}
      </Link>
      <button type="button" onClick={onClear} className="text-slate-700 underline dark:text-slate-300">
        Clear path
      </button>
    </div>
  );
}
