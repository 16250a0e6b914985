// Entry point of the `kg` command: wires the subcommands, each defined in its own module under src/cli/.
import { Command } from 'commander';
import { registerBuild } from './cli/build.ts';
import { registerExplain } from './cli/explain.ts';
import { registerExport } from './cli/export.ts';
import { registerExtract } from './cli/extract.ts';
import { registerLoad } from './cli/load.ts';
import { registerMerge } from './cli/merge.ts';
import { registerServe } from './cli/serve.ts';

const program = new Command('kg')
  .description('Negotiation-positions knowledge graph: build it from news articles, explain it, serve it, export it.')
  .showHelpAfterError();

registerBuild(program);
registerExplain(program);
registerExtract(program);
registerMerge(program);
registerLoad(program);
registerServe(program);
registerExport(program);

await program.parseAsync(process.argv);
