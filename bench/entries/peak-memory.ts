// Bundled and run in a fresh process by the bench: extracts every release given on stdin (a JSON array of
// strings) and prints the process's peak resident memory in kilobytes.
import { readFileSync } from 'node:fs';
import { extract } from '../../lambdas/core/index.ts';

const texts: unknown = JSON.parse(readFileSync(0, 'utf8'));
for (const text of Array.isArray(texts) ? texts : []) extract(String(text));
process.stdout.write(String(process.resourceUsage().maxRSS));
