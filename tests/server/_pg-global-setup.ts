// Starts one PostgreSQL server for the API suite's PostgreSQL run and hands its URL to the tests.
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../_postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  project.provide('pgUrl', server.url);
  return () => server.stop();
}
