// Where the lexicon files are unless a command is given another folder. Its own module so that a caller can
// name the folder (a build starting its workers) without loading the lexicon code and its validation.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../graph-data/lexicon');
