// Compiles the extraction worker into one plain JavaScript file with esbuild before a multi-core build,
// so each worker starts without a TypeScript loader thread: a second saved per worker, and faster code.
// Falls back to the tsx entry when esbuild is unavailable.
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const SRC = dirname(fileURLToPath(import.meta.url));
// Inside the package's node_modules, so that the bundle's own imports (compromise, sbd, zod) resolve.
const CACHE = join(SRC, '..', '..', 'node_modules', '.cache', 'negotiation-kg');

/**
 * Packages stay outside the bundle (resolved from node_modules at run time), except sbd: it loads sanitize-html
 * and its HTML parser on start-up (a sixth of a worker's start) although extraction never asks it to sanitise,
 * so the bundle carries sbd with the stand-in sbd itself ships for browsers.
 */
function packagesPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  const sbdShim = join(dirname(require.resolve('sbd')), 'sanitize-html-browser.js');
  return {
    name: 'kg-packages',
    setup(build) {
      build.onResolve({ filter: /^sanitize-html$/ }, () => ({ path: sbdShim }));
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        args.path === 'sbd' || args.path.startsWith('sbd/') ? undefined : { path: args.path, external: true },
      );
    },
  };
}

export interface WorkerScript {
  url: URL;
  dispose(): void;
}

export async function workerScript(): Promise<WorkerScript> {
  const fallback = { url: new URL('./worker-entry.mjs', import.meta.url), dispose: () => {} };
  try {
    const esbuild = await import('esbuild');
    mkdirSync(CACHE, { recursive: true });
    const outfile = join(CACHE, `loader-worker-${process.pid}-${Date.now()}.mjs`);
    await esbuild.build({
      entryPoints: [join(SRC, 'worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [packagesPlugin()],
      logLevel: 'silent',
    });
    return { url: new URL(`file://${outfile}`), dispose: () => rmSync(outfile, { force: true }) };
  } catch {
    return fallback;
  }
}
