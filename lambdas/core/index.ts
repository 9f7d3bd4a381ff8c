export { EXTRACTOR_VERSION, extract } from './extract.ts';
export type { ExtractOptions } from './types.ts';
