// Small numeric and process helpers the benchmarks share: medians and percentiles over repeated runs, MB
// figures, the machine description, and running a TypeScript child that reports one JSON line.
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const MB = 1e6;

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function fmtMiB(bytes: number): string {
  return `${fmt(bytes / 1024 / 1024, 0)} MiB`;
}

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  platform: string;
  date: string;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memory: `${fmt(totalmem() / 1024 ** 3, 1)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

/** A bench/ module as a path, for child processes. */
export function benchFile(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

/**
 * Runs `bench/<file>` under tsx in a fresh Node process and returns the JSON object it prints as its last stdout
 * line. A fresh process per measurement keeps heaps, JIT state and peak RSS apart.
 */
export function runChild<T>(file: string, args: string[], { timeoutMs = 300_000 } = {}): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', benchFile(file), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`bench/${file} ${args.join(' ')} exited ${code ?? signal}: ${err.trim().slice(-2000)}`));
      try {
        resolvePromise(JSON.parse(last) as T);
      } catch {
        reject(new Error(`bench/${file} printed no JSON result: ${out.slice(-500)} ${err.slice(-500)}`));
      }
    });
  });
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
