// The search box: roles by title, alias and responsibility text (ranking in
// model/search), each result with its family and grade so look-alikes read apart
// (model/search-rows). A combobox: type, move with the arrow keys, Enter picks.
// `/` or Ctrl/Cmd+K focuses it from anywhere.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Graph } from '@/model/schema';
import type { SearchText } from '@/model/chunks';
import { searchRoles } from '@/model/search';
import { searchRows } from '@/model/search-rows';

const isTyping = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

export interface SearchBoxProps {
  graph: Graph;
  onPick: (roleId: string) => void;
  /** Accessible name; shown above the box when `showLabel`. */
  label?: string;
  showLabel?: boolean;
  placeholder?: string;
  /** Whether `/` and Ctrl/Cmd+K focus this box: only the header's search does. */
  shortcut?: boolean;
  /** Role ids not to offer (already picked). */
  exclude?: readonly string[];
  disabled?: boolean;
  /** Text of families not loaded yet, for full-text search (titles and aliases need none). */
  text?: SearchText | null;
  /** Asked for on the first focus or keystroke: load `text`. */
  onNeedText?: () => void;
}

export function SearchBox({
  graph,
  onPick,
  label = 'Search roles by title or responsibility',
  showLabel = false,
  placeholder = 'Search roles and responsibilities  ( / )',
  shortcut = true,
  exclude = [],
  disabled = false,
  text = null,
  onNeedText,
}: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const excluded = exclude.join('\n');
  const hits = useMemo(() => {
    const skip = new Set(excluded.split('\n'));
    return searchRows(graph, searchRoles(graph, query, 8 + skip.size, text).filter((h) => !skip.has(h.role.id)).slice(0, 8));
  }, [graph, query, excluded, text]);

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if ((k === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !isTyping(document.activeElement))) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const pick = (id: string) => {
    setOpen(false);
    setQuery('');
    input.current?.blur();
    onPick(id);
  };

  const expanded = open && query.trim().length > 0;
  return (
    <div className="relative">
      <label htmlFor={`${listId}-input`} className={showLabel ? 'mb-1 block text-sm font-medium' : 'sr-only'}>
        {label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        disabled={disabled}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          onNeedText?.();
        }}
        onFocus={() => {
          setOpen(true);
          onNeedText?.();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            pick(hits[active].hit.role.id);
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            setOpen(false);
          }
        }}
        className="h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400 disabled:opacity-50"
      />
      {expanded && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Matching roles"
          className="absolute right-0 z-50 mt-1 max-h-[70vh] w-full min-w-80 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {hits.length === 0 && <li className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">No role matches “{query}”.</li>}
          {hits.map((row, i) => (
            <li
              key={row.hit.role.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(row.hit.role.id)}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-blue-50 dark:bg-slate-800' : ''}`}
            >
              <span className="block font-medium">{row.title}</span>
              <span className="block text-xs text-slate-700 dark:text-slate-300">{row.detail}</span>
              {row.match && <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{row.match}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
