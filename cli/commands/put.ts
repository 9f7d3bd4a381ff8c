import { Command } from 'commander';
import { listReleaseFiles } from '../../local/release-files.ts';
import { resolveTarget } from '../../local/target.ts';
import { createTargetClients } from '../../local/target-clients.ts';
import { uploadReleases } from '../../local/upload-releases.ts';

/**
 * Uploads release files (and the release files of folders) under `incoming/` of the stack's bucket,
 * printing each upload. Returns the exit code: 1 when no stack was found or an upload failed.
 *
 * @example
 * await runPut(['samples/']) // [1/8] incoming/a.txt (2.1 kB) … ; returns 0
 */
export async function runPut(paths: readonly string[]): Promise<number> {
  const found = await resolveTarget(process.env);
  if (!found.ok) {
    process.stderr.write(`${found.message}\n`);
    return 1;
  }
  const { target } = found;
  let files: Awaited<ReturnType<typeof listReleaseFiles>>;
  try {
    files = await listReleaseFiles(paths);
  } catch (error) {
    process.stderr.write(`put: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (files.length === 0) {
    process.stderr.write('put: no release files (.txt, .md, .html) found\n');
    return 1;
  }
  const { s3 } = createTargetClients(target);
  process.stderr.write(`Uploading ${files.length} file(s) to s3://${target.bucket}/ (from ${target.from})\n`);
  const failures = await uploadReleases(s3, target.bucket, files, (progress) =>
    process.stderr.write(
      `[${progress.done}/${progress.total}] ${progress.key} (${formatBytes(progress.bytes)})\n`,
    ),
  );
  s3.destroy();
  for (const failure of failures) {
    const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
    process.stderr.write(`put: ${failure.path} -> ${failure.key} failed: ${reason}\n`);
  }
  return failures.length === 0 ? 0 : 1;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** `pressline put <file|dir>...` */
export function putCommand(): Command {
  return new Command('put')
    .description(
      'Upload releases (files, or the .txt/.md/.html files of folders) under incoming/ of the bucket',
    )
    .argument('<paths...>', 'files or folders')
    .action(async (paths: string[]) => {
      process.exitCode = await runPut(paths);
    });
}
