// Bundled and run in a fresh process by the cold-start bench: the ingest handler's imports (what a cold
// Lambda container loads) plus one extraction of the release read from stdin.
import { readFileSync } from 'node:fs';
import '../../lambdas/handlers/ingest.ts';
import { extract } from '../../lambdas/core/index.ts';

const record = extract(readFileSync(0, 'utf8'), { source: 'stdin' });
process.exitCode = record.source === 'stdin' ? 0 : 1;
