// The cold-start baseline: a fresh process that imports compromise alone and parses the same release.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const doc = nlp(readFileSync(0, 'utf8'));
process.exitCode = doc.found ? 0 : 1;
