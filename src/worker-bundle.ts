// Compiles the extraction worker into one plain JavaScript file with esbuild before a multi-core build,
// so each worker starts without a TypeScript loader thread: a second saved per worker, and faster code.
// Falls back to the tsx entry when esbuild is unavailable.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = dirname(fileURLToPath(import.meta.url));
// Inside the package's node_modules, so that the bundle's own imports (compromise, sbd, zod) resolve.
const CACHE = join(SRC, '..', 'node_modules', '.cache', 'negotiation-kg');

export interface WorkerScript {
  url: URL;
  dispose(): void;
}

export async function workerScript(): Promise<WorkerScript> {
  const fallback = { url: new URL('./loader-worker-entry.mjs', import.meta.url), dispose: () => {} };
  try {
    const esbuild = await import('esbuild');
    mkdirSync(CACHE, { recursive: true });
    const outfile = join(CACHE, `loader-worker-${process.pid}-${Date.now()}.mjs`);
    await esbuild.build({
      entryPoints: [join(SRC, 'loader-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    return { url: new URL(`file://${outfile}`), dispose: () => rmSync(outfile, { force: true }) };
  } catch {
    return fallback;
  }
}
