// Bundled and run in a fresh process by the cold-start bench: what a cold Lambda container loads (the
// ingest handler module, its clients created at import) plus one extraction of the release read from
// stdin. The handler is re-exported so that the bundle holds everything the deployed one holds.
import { readFileSync } from 'node:fs';
import { extract } from '../../lambdas/core/index.ts';

export { handler } from '../../lambdas/handlers/ingest.ts';

const record = extract(readFileSync(0, 'utf8'), { source: 'stdin' });
process.exitCode = record.source === 'stdin' ? 0 : 1;
