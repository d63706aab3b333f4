// What a fresh machine gets before the build or the browser tests need it (scripts/chromium.ts): missing
// Chromium and DejaVu Sans installed with apt when we can, said in one line; otherwise one line of how.
import { describe, expect, it } from 'vitest';
import { dejavu, ensureChromium, notoCjk, type Machine } from '../../scripts/chromium';

/** A machine with these files, where apt-get (if allowed) "installs" by adding its packages' files. */
function machine(files: string[], { apt = true, env = {} as NodeJS.ProcessEnv } = {}) {
  const present = new Set(files);
  const lines: string[] = [];
  const installed: string[][] = [];
  const m: Machine = {
    env,
    exists: (p) => present.has(p),
    canApt: () => apt,
    install: (packages) => {
      installed.push(packages);
      if (packages.includes('chromium')) present.add('/usr/bin/chromium');
      if (packages.includes('fonts-dejavu-core')) present.add(dejavu);
      if (packages.includes('fonts-noto-cjk')) present.add(notoCjk);
    },
    log: (line) => lines.push(line),
  };
  return { m, lines, installed };
}

describe('ensureChromium', () => {
  it('installs nothing and says nothing when Chromium, DejaVu Sans and Noto Sans CJK are there', () => {
    const { m, lines, installed } = machine(['/usr/bin/chromium', dejavu, notoCjk]);
    expect(ensureChromium(m)).toBe('/usr/bin/chromium');
    expect({ lines, installed }).toEqual({ lines: [], installed: [] });
  });

  it('installs what is missing with apt-get, saying so once in one line', () => {
    const { m, lines, installed } = machine([]);
    expect(ensureChromium(m)).toBe('/usr/bin/chromium');
    expect(installed).toEqual([['chromium', 'fonts-dejavu-core', 'fonts-noto-cjk']]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Installing chromium, fonts-dejavu-core and fonts-noto-cjk with apt-get/);
    expect(lines[0]).not.toContain('\n');
  });

  it('installs only the font when Chromium is there', () => {
    const { m, installed } = machine(['/usr/bin/chromium', notoCjk]);
    ensureChromium(m);
    expect(installed).toEqual([['fonts-dejavu-core']]);
  });

  it('stops with the command to type where it cannot install', () => {
    const { m, installed } = machine([dejavu, notoCjk], { apt: false });
    expect(() => ensureChromium(m)).toThrow(/sudo apt-get install -y chromium/);
    expect(installed).toEqual([]);
  });

  it('uses the Chromium CHROME_PATH names, and never installs over it', () => {
    const mine = machine(['/opt/chrome', dejavu, notoCjk], { env: { CHROME_PATH: '/opt/chrome' } });
    expect(ensureChromium(mine.m)).toBe('/opt/chrome');
    const gone = machine([dejavu, notoCjk], { env: { CHROME_PATH: '/opt/chrome' } });
    expect(() => ensureChromium(gone.m)).toThrow('CHROME_PATH is /opt/chrome');
    expect(gone.installed).toEqual([]);
  });
});
