// npm run fuzz: the engine's property tests (test/unit/properties.test.ts) at full count, split
// over the CPU cores, each process with its own seeds.
//
//   FUZZ_RUNS  documents per property in all (default 15,000: 9 properties, 135,000 documents)
//   FUZZ_SEED  the first process's seed (default: random); process k uses FUZZ_SEED + 1000·k
//   FUZZ_JOBS  processes (default: one per core)
//
// A failure prints the shrunk document and the seed of its process; to replay it alone:
//   FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx mocha --no-config --require tsx/cjs --extension ts --timeout 0 test/unit/properties.test.ts
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const runs = Number(process.env.FUZZ_RUNS ?? 15_000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 30));
const jobs = Math.max(1, Math.min(Number(process.env.FUZZ_JOBS ?? availableParallelism()), runs));

interface JobResult {
  code: number;
  output: string;
  documents: number;
}

function runJob(index: number): Promise<JobResult> {
  const jobRuns = Math.floor(runs / jobs) + (index < runs % jobs ? 1 : 0);
  const jobSeed = seed + 1000 * index;
  const args = [
    join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
    '--no-config',
    '--require',
    'tsx/cjs',
    '--extension',
    'ts',
    '--timeout',
    '0',
    'test/unit/properties.test.ts',
  ];
  console.log(`[${index + 1}] FUZZ_SEED=${jobSeed} FUZZ_RUNS=${jobRuns}`);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, FUZZ_RUNS: String(jobRuns), FUZZ_SEED: String(jobSeed) },
  });
  // Each finished property shows as it finishes, marked with its process; failures come at the end.
  let output = '';
  let shown = 0;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    const complete = output.lastIndexOf('\n') + 1;
    for (const line of output.slice(shown, complete).split('\n')) if (/^\s+(?:✔|\d+\))/.test(line)) console.log(`[${index + 1}]${line}`);
    shown = Math.max(shown, complete);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const documents = Number(/(\d+) documents checked/.exec(output)?.[1] ?? 0);
      resolve({
        code: code ?? 1,
        output: `── process ${index + 1} of ${jobs}: FUZZ_SEED=${jobSeed} FUZZ_RUNS=${jobRuns}\n${output}`,
        documents,
      });
    });
  });
}

async function main(): Promise<number> {
  console.log(`npm run fuzz: ${runs} documents per property, seed ${seed}, ${jobs} process${jobs === 1 ? '' : 'es'}`);
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: jobs }, (_, index) => runJob(index)));
  for (const result of results) if (result.code !== 0) console.log(result.output);
  const documents = results.reduce((sum, result) => sum + result.documents, 0);
  const failed = results.filter((result) => result.code !== 0).length;
  console.log(
    `npm run fuzz: ${documents} generated documents checked in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}: ${failed === 0 ? 'all properties hold' : `${failed} process${failed === 1 ? '' : 'es'} failed`}`,
  );
  return failed === 0 ? 0 : 1;
}

main().then((code) => (process.exitCode = code));
