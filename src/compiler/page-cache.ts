// Incremental compile: the per-page stage (parse and read, inside the page guard)
// remembered by what it read. In: a page; out: its raw family, and the diagnostics
// reading it reported, replayed into this compile in the same order (so folding and
// the final sort come out exactly as in a cold compile). The key is the page's file
// name and bytes; a cache belongs to one compiler version (the caller names it, and
// a cache saved by another version is not loaded). Pure: cli.ts and vite-plugin.ts
// load and save it (`serialize`, `loadPageCache`) under node_modules/.cache/rungs.
import { createHash } from 'node:crypto';
import { Diagnostics, type DiagnosticCode, type ReportOptions } from './diagnostics.ts';
import type { RawFamily } from './raw.ts';
import type { PageInput } from './parse.ts';

/** The per-page stage itself: one page and the diagnostics to report into → its raw family. */
export type ReadPage = (page: PageInput, diagnostics: Diagnostics) => RawFamily | null;

type ReportCall = [code: DiagnosticCode, file: string, line: number, message: string, options: ReportOptions];

interface Reading {
  raw: RawFamily | null;
  reports: ReportCall[];
}

/** A Diagnostics that also keeps every report() call, to replay them later. */
class RecordingDiagnostics extends Diagnostics {
  readonly calls: ReportCall[] = [];
  override report(code: DiagnosticCode, file: string, line: number, message: string, options: ReportOptions = {}): void {
    this.calls.push([code, file, line, message, options]);
    super.report(code, file, line, message, options);
  }
}

export function pageKey(page: PageInput): string {
  const hash = createHash('sha256');
  hash.update(page.file);
  hash.update('\u0000');
  if (page.readError !== undefined) hash.update(`\u0000read-error:${page.readError}`);
  else hash.update(page.content);
  return hash.digest('base64url');
}

export interface PageCacheStats {
  /** Pages read by this compile (not found in the cache). */
  reread: number;
  /** Pages taken from the cache. */
  reused: number;
}

/** "read 3 of 286 pages (283 unchanged, from the cache)", for the CLI and the build. */
export function rereadLine(stats: PageCacheStats, pages: number): string {
  return `read ${stats.reread} of ${pages} ${pages === 1 ? 'page' : 'pages'}${stats.reused ? ` (${stats.reused} unchanged, from the cache)` : ''}`;
}

export class PageCache {
  private readonly entries: Map<string, Reading>;
  /** Keys used since the last `startRun`: what a saved cache keeps. */
  private used = new Set<string>();
  stats: PageCacheStats = { reread: 0, reused: 0 };

  constructor(
    readonly version: string,
    entries: Map<string, Reading> = new Map(),
  ) {
    this.entries = entries;
  }

  /** Starts a compile: counts from zero, and forgets which entries the last one used. */
  startRun(): void {
    this.used = new Set();
    this.stats = { reread: 0, reused: 0 };
  }

  /**
   * The page's raw family, read now or remembered. The raw family is shared with the
   * cache: the cross-page stages only read it (a test compiles twice and compares).
   */
  read(page: PageInput, diagnostics: Diagnostics, readPage: ReadPage): RawFamily | null {
    const key = pageKey(page);
    this.used.add(key);
    let reading = this.entries.get(key);
    if (reading) this.stats.reused++;
    else {
      const recorder = new RecordingDiagnostics();
      reading = { raw: readPage(page, recorder), reports: recorder.calls };
      this.entries.set(key, reading);
      this.stats.reread++;
    }
    for (const call of reading.reports) diagnostics.report(...call);
    return reading.raw;
  }

  /** Drops what the last compile did not use (pages edited or removed since). */
  prune(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entries the last compile used, as text for the disk. */
  serialize(): string {
    const used = [...this.used].sort().flatMap((key) => {
      const reading = this.entries.get(key);
      return reading ? [[key, reading] as const] : [];
    });
    return JSON.stringify({ version: this.version, entries: used }, (_key, value: unknown) =>
      value instanceof Map ? { [MAP_TAG]: [...value.entries()] } : value === undefined ? { [UNDEFINED_TAG]: 1 } : value,
    );
  }
}

// Raw families hold Maps (abbreviations) and may hold undefined fields: tagged on the way to JSON.
const MAP_TAG = '\u0000map';
const UNDEFINED_TAG = '\u0000undefined';

/** A cache saved by `serialize`; an empty one when the text is missing, damaged or from another compiler version. */
export function loadPageCache(version: string, text: string | null): PageCache {
  if (text === null) return new PageCache(version);
  try {
    const parsed = JSON.parse(text, (_key, value: unknown) => {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        if (MAP_TAG in value) return new Map((value as Record<string, [unknown, unknown][]>)[MAP_TAG]);
        if (UNDEFINED_TAG in value) return undefined;
      }
      return value;
    }) as { version?: unknown; entries?: unknown };
    if (parsed.version !== version || !Array.isArray(parsed.entries)) return new PageCache(version);
    return new PageCache(version, new Map(parsed.entries as [string, Reading][]));
  } catch {
    return new PageCache(version);
  }
}
