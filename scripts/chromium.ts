// The Chromium that the build (the PNG pictures) and the browser tests drive, and the fonts the charts
// measure their labels in (src/lib/charts/text.ts: DejaVu Sans; the Chinese edition's in Noto Sans CJK SC,
// scripts/textWidths.ts, which Chromium draws them in here). Put in place before anything uses them:
// on a machine of ours (root, Debian's apt) what is missing is installed, saying so in one line;
// anywhere else the build or the tests stop with one line saying how to install it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
export const notoCjk = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export interface Machine {
  env: NodeJS.ProcessEnv;
  exists: (path: string) => boolean;
  /** Whether apt-get can install packages here (root, Debian). */
  canApt: () => boolean;
  /** Installs Debian packages. */
  install: (packages: string[]) => void;
  log: (line: string) => void;
}

const thisMachine: Machine = {
  env: process.env,
  exists: existsSync,
  canApt: () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get'),
  install: (packages) =>
    execFileSync(
      'sh',
      ['-c', `apt-get update -qq && apt-get install -y -qq ${packages.join(' ')} >/dev/null`],
      { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    ),
  log: (line) => console.log(line),
};

/** Chromium is missing and could not be installed here: its message says what to type. */
export class ChromiumMissing extends Error {}

let found: string | undefined;

/** The path of a Chromium to launch, installing Chromium and DejaVu Sans first if they are missing. */
export function ensureChromium(machine: Machine = thisMachine): string {
  if (found && machine === thisMachine) return found;
  const { env, exists } = machine;
  const path = env.CHROME_PATH || '/usr/bin/chromium';
  // A Chromium named by CHROME_PATH is the caller's: we never install over it.
  const missing = [
    ...(exists(path) || env.CHROME_PATH ? [] : ['chromium']),
    ...(exists(dejavu) ? [] : ['fonts-dejavu-core']),
    ...(exists(notoCjk) ? [] : ['fonts-noto-cjk']),
  ];
  if (missing.length && machine.canApt()) {
    machine.log(
      `Installing ${missing.slice(0, -1).join(', ')}${missing.length > 1 ? ' and ' : ''}${missing.at(-1)} with apt-get (Debian's packages): the build draws its PNG ` +
        'pictures and the browser tests run in Chromium, and chart labels are measured in DejaVu Sans (Chinese in Noto Sans CJK SC).',
    );
    machine.install(missing);
  }
  if (!exists(path))
    throw new ChromiumMissing(
      env.CHROME_PATH
        ? `CHROME_PATH is ${path}, and there is no file there.`
        : `No Chromium at ${path}. Install it (sudo apt-get install -y chromium fonts-dejavu-core fonts-noto-cjk) or set CHROME_PATH to a Chromium binary.`,
    );
  if (!exists(dejavu))
    machine.log(
      `No DejaVu Sans (${dejavu}): chart labels may be measured too narrow (apt-get install fonts-dejavu-core).`,
    );
  if (!exists(notoCjk))
    machine.log(
      `No Noto Sans CJK SC (${notoCjk}): the Chinese edition cannot be built (apt-get install fonts-noto-cjk).`,
    );
  if (machine === thisMachine) found = path;
  return path;
}

if (process.argv[1]?.endsWith('chromium.ts')) console.log(ensureChromium());
