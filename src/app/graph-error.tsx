// Shown instead of the app when the loaded graph does not fit the schema
// (e.g. a half-finished deploy): a clear message, never a blank screen.
export function GraphErrorPage({ problems }: { problems: string[] }) {
  return (
    <main className="mx-auto max-w-2xl px-6 py-12" aria-labelledby="graph-error-title">
      <h1 id="graph-error-title" className="text-2xl font-semibold">
        The career data could not be loaded
      </h1>
      <p className="mt-3">
        The graph this page received does not have the expected shape, so nothing is shown rather than something wrong. Reloading may help if a
        new version is being published; otherwise tell the people who maintain Rungs.
      </p>
      <details className="mt-6">
        <summary className="cursor-pointer font-medium">Details ({problems.length})</summary>
        <ul className="mt-2 list-disc pl-5 font-mono text-sm">
          {problems.slice(0, 20).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </details>
    </main>
  );
}
