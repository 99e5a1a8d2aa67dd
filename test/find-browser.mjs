#!/usr/bin/env node
// The browser the browser tests drive, found or installed before they run, in
// this order: CHROMIUM_PATH where given; Debian's /usr/bin/chromium (or a
// `chromium` on PATH); Playwright's own Chromium if it was downloaded before;
// Debian's `chromium` through apt-get where apt is there and we are root (or
// have passwordless sudo); Playwright's own Chromium downloaded where it can be
// fetched. Whatever happens is said in one line: what was used, or what to run.
// `npm test` (test/run-all.mjs) calls it first and passes the path on to
// Playwright as CHROMIUM_PATH; `node test/find-browser.mjs` runs this step alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const WHAT_TO_RUN = 'run `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install --with-deps chromium`, or set CHROMIUM_PATH=/path/to/chromium';
/** The advice that fits the machine: apt where there is apt, else Playwright's download. */
const whatToRun = (hasApt) =>
  hasApt
    ? 'run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH=/path/to/chromium), then `npm test` again'
    : 'run `npx playwright install --with-deps chromium` where the internet is reachable (or set CHROMIUM_PATH=/path/to/chromium), then `npm test` again';

/** What finding a browser needs from the machine; tests pass fakes. */
export function machine(env = process.env) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = (command, args, options = {}) => {
    const result = spawnSync(command, args, { encoding: 'utf8', cwd: root, env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: options.timeout ?? 20_000 });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    return { ok: result.status === 0, output: result.error ? result.error.message : output };
  };
  const onPath = (name) => {
    const found = run('sh', ['-c', `command -v ${name}`]);
    return found.ok && found.output.startsWith('/') ? found.output.split('\n')[0] : null;
  };
  return {
    env,
    exists: existsSync,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasSudo: () => onPath('sudo') !== null && run('sudo', ['-n', 'true']).ok,
    hasApt: () => onPath('apt-get') !== null,
    onPath,
    run,
    playwrightChromium: async () => {
      try {
        const { chromium } = await import('@playwright/test');
        return chromium.executablePath();
      } catch {
        return null;
      }
    },
  };
}

/** The browser's own version line ("Chromium 156.0…"), or null when it does not start. */
function version(m, path) {
  const result = m.run(path, ['--version']);
  const line = result.output.split('\n').find((l) => /\d+\.\d+/.test(l));
  return result.ok && line ? line.trim() : null;
}

/** The line of a command's output that says why it failed: a network error, else its first error, else its last line. */
function reason(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const network = lines.find((l) => /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b/.test(l));
  const error = lines.find((l) => /^(E:|Error:)/.test(l) && !/caused by$/.test(l));
  return (network ?? error ?? lines.at(-1) ?? 'no output').slice(0, 200);
}

/**
 * Finds (or installs) a Chromium. Returns `{ path, line }` where `path` is the
 * executable (null when none could be had) and `line` is the one line to print.
 */
export async function findBrowser(m = machine()) {
  const found = (path, how) => {
    const v = version(m, path);
    return v ? { path, line: `browser: ${how}: ${path} (${v})` } : { path: null, line: `browser: ${path} (${how}) does not start (\`${path} --version\` failed); ${WHAT_TO_RUN}` };
  };

  const given = m.env.CHROMIUM_PATH;
  if (given) {
    if (!m.exists(given)) return { path: null, line: `browser: CHROMIUM_PATH=${given} does not exist; point it at a Chromium or Chrome executable, or unset it to let \`npm test\` find one` };
    return found(given, 'CHROMIUM_PATH');
  }
  if (m.exists(DEBIAN_CHROMIUM)) return found(DEBIAN_CHROMIUM, "using Debian's Chromium");
  const onPath = m.onPath('chromium');
  if (onPath) return found(onPath, 'using the chromium on PATH');
  const playwright = await m.playwrightChromium();
  if (playwright && m.exists(playwright)) return found(playwright, "using Playwright's Chromium downloaded earlier");

  const tried = [];
  const hasApt = m.hasApt();
  if (hasApt) {
    const sudo = m.isRoot ? [] : m.hasSudo() ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'] : null;
    if (sudo === null) tried.push('apt-get needs root and there is no passwordless sudo');
    else {
      const apt = (...args) => (sudo.length ? m.run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { timeout: 600_000 }) : m.run('apt-get', args, { timeout: 600_000 }));
      const update = apt('update', '-qq');
      const install = update.ok ? apt('install', '-y', '-qq', 'chromium') : update;
      if (install.ok && m.exists(DEBIAN_CHROMIUM)) return found(DEBIAN_CHROMIUM, "installed Debian's chromium with apt-get");
      tried.push(`apt-get install chromium failed (${reason(install.output)})`);
    }
  } else tried.push('no apt-get');

  if (playwright) {
    const download = m.run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { timeout: 600_000 });
    if (download.ok && m.exists(playwright)) {
      const result = found(playwright, "downloaded Playwright's Chromium");
      if (result.path) return result;
      return { path: null, line: `browser: downloaded Playwright's Chromium to ${playwright} but it does not start (system libraries missing?); run \`sudo npx playwright install-deps chromium\` or set CHROMIUM_PATH=/path/to/chromium` };
    }
    tried.push(`Playwright's download failed (${reason(download.output)})`);
  }
  return { path: null, line: `browser: no Chromium found (CHROMIUM_PATH unset, no ${DEBIAN_CHROMIUM}) and none installed: ${tried.join('; ')}; ${whatToRun(hasApt)}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, line } = await findBrowser();
  console.log(line);
  process.exitCode = path ? 0 : 1;
}
