// Builds the browser explorer (web/src) into web/dist, which the Express app serves at `/`.
// In development `npm run dev:web` proxies /api to a running `kg serve` (KG_API, default http://localhost:3000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  worker: { format: 'es' },
  server: {
    // The page's own Host goes through (no changeOrigin), so the server sees its writes as same-origin.
    proxy: { '/api': { target: process.env.KG_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
