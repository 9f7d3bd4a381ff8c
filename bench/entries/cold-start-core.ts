// Bundled and run in a fresh process by the cold-start bench: the extraction core alone (no handler, no
// AWS SDK clients) plus one extraction of the release read from stdin, to split the cold start into what
// extraction costs and what the handler's clients add.
import { readFileSync } from 'node:fs';
import { extract } from '../../lambdas/core/index.ts';

const record = extract(readFileSync(0, 'utf8'), { source: 'stdin' });
process.exitCode = record.source === 'stdin' ? 0 : 1;
