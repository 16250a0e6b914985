// Expands the CLI's inputs (files and folders) into article files: a folder means every *.txt under it,
// in a stable order so that two builds of the same corpus give the same graph.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KgError } from '../errors.ts';

export function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (name.toLowerCase().endsWith('.txt')) files.push(path);
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new KgError('USAGE', `${input}: no such file or folder; give article files (*.txt) or folders that hold them`);
    }
    if (st.isDirectory()) walk(input);
    else files.push(input);
  }
  return [...new Set(files.map((f) => resolve(f)))];
}
