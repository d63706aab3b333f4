import { editionTexts } from './scripts/fonts.ts';
import { editionLabels, widthTable } from './scripts/textWidths.ts';
import { gzipSync } from 'node:zlib';
for (const ed of ['fa', 'zh'] as const) {
  const t0 = Date.now();
  const table = await widthTable(ed, editionTexts(ed), editionLabels(ed));
  const json = JSON.stringify(table);
  console.log(ed, Date.now() - t0, 'ms', Object.keys(table!.widths).length, json.length, gzipSync(json).length);
}
