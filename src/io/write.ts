/**
 * Writing outputs atomically. A whole output folder is built in a temporary sibling folder and moved into
 * place at the end, so a run that is killed or fails leaves the previous output untouched.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Write `files` (relative name → content) as the folder `out`, replacing what was there only at the end. */
export async function writeFolderAtomic(out: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const target = resolve(out);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const p = join(tmp, name);
      await mkdir(dirname(p), { recursive: true });
      await writeFile(p, content);
    }
    await rename(target, old).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await rename(tmp, target);
    await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Write one file atomically (temporary file in the same folder, then rename). */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}
