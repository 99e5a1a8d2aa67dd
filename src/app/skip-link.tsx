// The first thing Tab reaches on every page: a link past the header. On a page
// with the ladder it goes to the ladder (the graph's one Tab stop, or the first
// role of the list); elsewhere to the page's main content. Shown only when focused.
import { useState } from 'react';

function target(): HTMLElement | null {
  const ladder = document.getElementById('ladder');
  if (ladder) return ladder.querySelector<HTMLElement>('[tabindex="0"], a[href]') ?? ladder;
  return document.querySelector<HTMLElement>('main');
}

export function SkipLink() {
  const [label, setLabel] = useState('Skip to content');
  return (
    <a
      href="#ladder"
      onFocus={() => setLabel(document.getElementById('ladder') ? 'Skip to the ladder' : 'Skip to content')}
      onClick={(e) => {
        e.preventDefault();
        const el = target();
        if (!el) return;
        if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
        el.focus();
      }}
      className="sr-only z-50 rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {label}
    </a>
  );
}
