// Types for test/find-browser.mjs (plain JavaScript, so `npm test` runs it with no build step).
export interface CommandResult {
  ok: boolean;
  output: string;
}
export interface Machine {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  isRoot: boolean;
  hasSudo: () => boolean;
  hasApt: () => boolean;
  onPath: (name: string) => string | null;
  run: (command: string, args: string[], options?: { timeout?: number }) => CommandResult;
  playwrightChromium: () => Promise<string | null>;
}
export function machine(env?: Record<string, string | undefined>): Machine;
export function findBrowser(m?: Machine): Promise<{ path: string | null; line: string }>;
