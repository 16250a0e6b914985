// Starts bench/query-server.ts in its own process (its own core, apart from the load generator) and
// resolves once it prints its port and sample keys; `stop` ends that process.
import { spawn } from 'node:child_process';
import { benchFile } from './stats.ts';

export interface BenchServer {
  url: string;
  generatedSeconds: number;
  nodes: number;
  edges: number;
  keys: string[];
  actors: string[];
  stop(): Promise<void>;
}

export function startBenchServer(nodes: number, edges: number, webDir: string | null = null): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', benchFile('query-server.ts'), String(nodes), String(edges), webDir ?? '-'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`bench/query-server.ts exited ${code} before listening: ${err.slice(-2000)}`)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      const info = JSON.parse(out.slice(0, nl)) as Omit<BenchServer, 'url' | 'stop'> & { port: number };
      child.removeAllListeners('exit');
      resolvePromise({
        ...info,
        url: `http://127.0.0.1:${info.port}`,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
