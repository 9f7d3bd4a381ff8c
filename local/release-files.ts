import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';

/** A file to upload and the key it gets under the incoming prefix. */
export interface ReleaseFile {
  readonly path: string;
  /** Relative to `incoming/`: the file name, or its path inside a folder given on the command line. */
  readonly name: string;
}

const RELEASE_EXTENSIONS = /\.(txt|md|html?)$/i;

/**
 * The release files among paths: files as given (any extension: the pipeline decides what it
 * accepts), folders walked for `.txt`, `.md` and `.html`/`.htm` files, sorted, skipping dot folders.
 *
 * @example
 * await listReleaseFiles(['samples']) // [{ path: 'samples/a.txt', name: 'a.txt' }, …]
 */
export async function listReleaseFiles(paths: readonly string[]): Promise<ReleaseFile[]> {
  const files: ReleaseFile[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      for (const file of await walk(path)) {
        files.push({ path: file, name: relative(path, file).split(sep).join('/') });
      }
    } else {
      files.push({ path, name: basename(path) });
    }
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && RELEASE_EXTENSIONS.test(entry.name)) found.push(path);
  }
  return found;
}
