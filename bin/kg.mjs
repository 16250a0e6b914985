#!/usr/bin/env node
// The `kg` command: runs the TypeScript CLI through tsx, so `npm install` is the only install step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
