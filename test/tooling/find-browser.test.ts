// @vitest-environment node
// How `npm test` gets its browser on each kind of machine, with the machine faked:
// what it uses, what it installs and how, and the one line it prints.
import { describe, expect, it } from 'vitest';
import { findBrowser, type Machine } from '../find-browser.mjs';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with these files, this user and these tools; `commands` records every command run. */
function fake({ files = [] as string[], env = {}, root = false, sudo = false, apt = true, aptWorks = true, downloadWorks = false } = {}) {
  const present = new Set(files);
  const commands: string[] = [];
  const m: Machine = {
    env,
    exists: (p) => present.has(p),
    isRoot: root,
    hasSudo: () => sudo,
    hasApt: () => apt,
    onPath: () => null,
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      commands.push(line);
      if (args[0] === '--version') return present.has(command) ? { ok: true, output: 'Chromium 156.0.8078.79 built on Debian' } : { ok: false, output: 'not found' };
      if (line.includes('apt-get install')) {
        if (aptWorks) present.add('/usr/bin/chromium');
        return aptWorks ? { ok: true, output: '' } : { ok: false, output: 'E: Unable to locate package chromium' };
      }
      if (line.includes('apt-get update')) return { ok: true, output: '' };
      if (line.includes('install chromium')) {
        if (downloadWorks) present.add(PLAYWRIGHT);
        return downloadWorks ? { ok: true, output: '' } : { ok: false, output: 'Downloading…\nError: getaddrinfo ENOTFOUND cdn.playwright.dev\nFailed to install browsers' };
      }
      return { ok: false, output: `unexpected: ${line}` };
    },
    playwrightChromium: async () => PLAYWRIGHT,
  };
  return { m, commands };
}

describe('finding the browser for the browser tests', () => {
  it('uses CHROMIUM_PATH when given, and fails in one line when it names nothing', async () => {
    const given = fake({ files: ['/opt/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome' } });
    expect(await findBrowser(given.m)).toEqual({ path: '/opt/chrome', line: 'browser: CHROMIUM_PATH: /opt/chrome (Chromium 156.0.8078.79 built on Debian)' });

    const wrong = await findBrowser(fake({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/nothing' } }).m);
    expect(wrong.path).toBeNull();
    expect(wrong.line).toMatch(/^browser: CHROMIUM_PATH=\/opt\/nothing does not exist; /);
  });

  it("uses Debian's /usr/bin/chromium when it is there, installing nothing", async () => {
    const { m, commands } = fake({ files: ['/usr/bin/chromium'], root: true });
    expect(await findBrowser(m)).toEqual({ path: '/usr/bin/chromium', line: "browser: using Debian's Chromium: /usr/bin/chromium (Chromium 156.0.8078.79 built on Debian)" });
    expect(commands).toEqual(['/usr/bin/chromium --version']);
  });

  it('installs Debian\'s chromium with apt-get as root, or through passwordless sudo', async () => {
    const asRoot = fake({ root: true });
    const found = await findBrowser(asRoot.m);
    expect(found.path).toBe('/usr/bin/chromium');
    expect(found.line).toBe("browser: installed Debian's chromium with apt-get: /usr/bin/chromium (Chromium 156.0.8078.79 built on Debian)");
    expect(asRoot.commands.slice(0, 2)).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);

    const withSudo = fake({ sudo: true });
    expect((await findBrowser(withSudo.m)).path).toBe('/usr/bin/chromium');
    expect(withSudo.commands[1]).toBe('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  });

  it("downloads Playwright's Chromium where apt cannot be used", async () => {
    const { m, commands } = fake({ apt: false, downloadWorks: true });
    const found = await findBrowser(m);
    expect(found.path).toBe(PLAYWRIGHT);
    expect(found.line).toMatch(/^browser: downloaded Playwright's Chromium: /);
    expect(commands.some((c) => c.endsWith('install chromium'))).toBe(true);
  });

  it("reuses Playwright's Chromium downloaded before, without installing", async () => {
    const { m, commands } = fake({ files: [PLAYWRIGHT] });
    expect((await findBrowser(m)).line).toMatch(/^browser: using Playwright's Chromium downloaded earlier: /);
    expect(commands).toEqual([`${PLAYWRIGHT} --version`]);
  });

  it('fails in one line saying why and exactly what to run when nothing works', async () => {
    const { m } = fake({ root: false, sudo: false, downloadWorks: false });
    const { path, line } = await findBrowser(m);
    expect(path).toBeNull();
    expect(line).not.toContain('\n');
    expect(line).toContain('apt-get needs root and there is no passwordless sudo');
    expect(line).toContain("Playwright's download failed (Error: getaddrinfo ENOTFOUND cdn.playwright.dev)");
    expect(line).toMatch(/; run `sudo apt-get install -y chromium` \(or set CHROMIUM_PATH=\/path\/to\/chromium\), then `npm test` again$/);

    const noApt = await findBrowser(fake({ apt: false }).m);
    expect(noApt.line).toContain('no apt-get');
    expect(noApt.line).toMatch(/; run `npx playwright install --with-deps chromium` where the internet is reachable/);

    const aptBroken = await findBrowser(fake({ root: true, aptWorks: false }).m);
    expect(aptBroken.line).toContain('apt-get install chromium failed (E: Unable to locate package chromium)');
  });
});
