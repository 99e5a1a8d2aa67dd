// Ways to take a page away: copy its link, print it, save or copy it as
// Markdown. What the Markdown says is decided in model/markdown; this only
// offers the buttons. Hidden when printing.
import { useRouter } from '@tanstack/react-router';
import { buttonClass } from '@/components/button-class';
import { CopyButton } from '@/components/copy-button';
import { DownloadButton } from '@/components/download-button';

export interface ShareBarProps {
  /** The Markdown of what is shown; omit to offer only link and print. */
  markdown?: () => string;
  /** File name for the Markdown download, without extension. */
  name?: string;
  /** Label of the print button ("Print role", "Print comparison"). */
  printLabel?: string;
}

export function ShareBar({ markdown, name = 'rungs', printLabel = 'Print' }: ShareBarProps) {
  // The router's history, not window.location, is where the app is (the same in a browser; not in a test's memory history).
  const { history } = useRouter();
  return (
    <div className="flex flex-wrap items-center gap-2" data-print="hide" role="group" aria-label="Share and take away">
      <CopyButton label="Copy link" text={() => new URL(history.location.href, window.location.origin).href} done="Link copied" />
      <button type="button" className={buttonClass} onClick={() => window.print()}>
        {printLabel}
      </button>
      {markdown && (
        <>
          <DownloadButton label="Download Markdown" filename={`${fileName(name)}.md`} type="text/markdown;charset=utf-8" text={markdown} />
          <CopyButton label="Copy Markdown" text={markdown} done="Markdown copied" />
        </>
      )}
    </div>
  );
}

/** A file name from a title or id: letters, digits and dashes only. */
export function fileName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'rungs';
}
