// Filters for the ladder: which family, which track, and canvas or list view.
import type { Family, Track } from '@/model/schema';

const selectClass =
  'h-8 max-w-60 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900';

export function LadderFilters(props: {
  families: Family[];
  familyId: string | undefined;
  track: Track | undefined;
  view: 'canvas' | 'list';
  onFamily: (id: string | undefined) => void;
  onTrack: (track: Track | undefined) => void;
  onView: (view: 'canvas' | 'list') => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <label className="flex items-center gap-1.5 text-sm">
        <span className="text-slate-700 dark:text-slate-300">Family</span>
        <select className={selectClass} value={props.familyId ?? ''} onChange={(e) => props.onFamily(e.target.value || undefined)}>
          <option value="">All families</option>
          {props.families.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1.5 text-sm">
        <span className="text-slate-700 dark:text-slate-300">Track</span>
        <select className={selectClass} value={props.track ?? ''} onChange={(e) => props.onTrack((e.target.value || undefined) as Track | undefined)}>
          <option value="">Both tracks</option>
          <option value="individual-contributor">Individual contributor</option>
          <option value="management">Management</option>
          <option value="unknown">Track not stated</option>
        </select>
      </label>
      {/* no overflow-hidden here: it would clip the buttons' focus outline */}
      <div role="group" aria-label="View" className="inline-flex rounded-md border border-slate-300 text-sm dark:border-slate-700">
        {(['canvas', 'list'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={props.view === v}
            onClick={() => props.onView(v)}
            className={`px-2.5 py-1 first:rounded-l-[5px] last:rounded-r-[5px] ${props.view === v ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'bg-white hover:bg-slate-50 dark:bg-slate-900 dark:hover:bg-slate-800'}`}
          >
            {v === 'canvas' ? 'Graph' : 'List'}
          </button>
        ))}
      </div>
    </div>
  );
}
