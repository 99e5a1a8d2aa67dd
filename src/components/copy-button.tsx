// A button that copies some text (a link, a Markdown export) to the clipboard
// and says, in a live region, whether it worked.
import { useState } from 'react';
import { buttonClass } from './button-class';

export function CopyButton({ label, text, done = 'Copied' }: { label: string; text: () => string; done?: string }) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text());
            setStatus(done);
          } catch {
            setStatus('Could not copy: select and copy by hand');
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-emerald-700 empty:hidden dark:text-emerald-400">
        {status}
      </span>
    </>
  );
}
