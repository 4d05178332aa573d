// --output-file, for checking and for the report alike: the folders are made, and a failure is
// one sentence, never a stack trace.
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { readProblem } from '../node/fileReader';

/** Writes `output` to `outputFile` (relative to `cwd`); undefined when written, else why not. */
export async function writeOutputFile(cwd: string, outputFile: string, output: string): Promise<string | undefined> {
  try {
    const target = path.resolve(cwd, outputFile);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output);
    return undefined;
  } catch (error) {
    return `cannot write the report to ${outputFile}: ${readProblem(error)}`;
  }
}
