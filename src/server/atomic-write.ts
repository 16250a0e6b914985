// Writes a file so that readers only ever see the old content or the new one: write a temp file beside it,
// fsync, rename over the target, fsync the folder. A crash at any point leaves at worst a stray temp file.
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Temp files are `.<name>.<pid>.<n>.tmp`, so a store can recognise and delete leftovers from a crash. */
export const TEMP_FILE = /^\..+\.\d+\.\d+\.tmp$/;

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const fh = await open(tmp, 'w', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dirname(path));
}

/** fsync a directory so the rename itself is durable (best effort: not every platform allows it). */
export async function syncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // Windows and some file systems refuse to open or sync directories; the rename is still atomic there.
  } finally {
    await fh?.close().catch(() => {});
  }
}
