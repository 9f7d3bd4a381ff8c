// `npm run bench:load`: issue 6's full-size load, 5,000 uploads at once with 5% bad files, through the
// embedded stack, then `pressline verify`'s comparison. Separate from `npm run bench`, which it would
// take past its five minutes on a 2-core machine. Options: --uploads <n> (5000), --bad <share> (0.05).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readReleases } from '../corpus-texts.ts';
import { measurePipelineLoad } from '../pipeline-load.ts';
import { toMarkdownTable } from '../report.ts';

const root = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: { uploads: { type: 'string', default: '5000' }, bad: { type: 'string', default: '0.05' } },
});
const uploads = Number(values.uploads);
const badShare = Number(values.bad);
if (!Number.isInteger(uploads) || uploads < 1 || !(badShare >= 0 && badShare < 1)) {
  process.stderr.write('bench:load: --uploads is a positive integer, --bad a share in [0, 1)\n');
  process.exit(2);
}
const texts = [
  ...(await readReleases(join(root, 'samples'))),
  ...(await readReleases(join(root, '../shared/corpus/dev'))),
];
process.stderr.write(`bench:load: ${uploads} uploads (${badShare * 100}% bad) through the embedded stack\n`);
const rows = await measurePipelineLoad(texts, uploads, badShare, `load ${uploads}`);
process.stdout.write(`${toMarkdownTable(rows)}\n`);
process.exitCode = rows.every((row) => row.met !== false) ? 0 : 1;
