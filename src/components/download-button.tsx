// A button that saves text as a file (a Blob URL on a temporary anchor), so
// nothing leaves the browser.
import { buttonClass } from './button-class';

export function DownloadButton({ label, filename, type, text }: { label: string; filename: string; type: string; text: () => string }) {
  return (
    <button
      type="button"
      className={buttonClass}
      onClick={() => {
        const url = URL.createObjectURL(new Blob([text()], { type }));
        const a = document.createElement('a');
        a.href = url;
        a.download = filename;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }}
    >
      {label}
    </button>
  );
}
