// Writes a file through a temporary file and a rename, so a crash never leaves half a graph behind.
import { renameSync, writeFileSync } from 'node:fs';

export function writeFileAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
