// The W3C Nu HTML checker (vnu-jar) over a list of files, errors only: one Java run for all of them.
import { execFileSync } from 'node:child_process';

export interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
// vnu's CSS checker predates two SVG 2 properties the charts use (both in every current browser). The
// stylesheet is inlined into each page, so vnu now reads CSS it never saw as a separate file; only these
// two property names are let through, every other CSS or HTML error still fails.
const knownGoodCss = String.raw`CSS: “(vector-effect|paint-order)”: Property “(vector-effect|paint-order)” doesn.t exist\.`;

export function vnu(files: string[]): VnuMessage[] {
  let out: string;
  try {
    const args = [
      '-jar',
      jar,
      '--errors-only',
      '--filterpattern',
      knownGoodCss,
      '--format',
      'json',
      '--stdout',
    ];
    out = execFileSync('java', [...args, ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // vnu exits 1 when it found errors; its report is still on stdout.
    const e = error as { stdout?: string; message: string };
    if (!e.stdout) throw new Error(`vnu did not run (is Java installed?): ${e.message}`);
    out = e.stdout;
  }
  return (JSON.parse(out) as { messages: VnuMessage[] }).messages;
}

/** vnu names files as file:/abs/path (one slash); compare absolute paths. */
export const pathOf = (url: string) => decodeURIComponent(url.replace(/^file:\/*/, '/'));

/** One line per message that is not merely informational, for a readable failure. */
export const vnuErrors = (messages: VnuMessage[]) =>
  messages
    .filter((m) => m.type !== 'info')
    .map(
      (m) =>
        `${pathOf(m.url)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message} — ${m.extract ?? ''}`,
    );
