// npm run package:cli: the npm package `postmortem-lint`, the CLI and the language server
// (`postmortem-language-server --stdio`, for editors other than VS Code), bundled (no runtime
// dependencies), packed into dist/postmortem-lint-<version>.tgz. Its version, license and
// repository are the extension's (package.json), its README the CLI section of README.md.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_BASE_URL } from '../src/engine/rules';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
export const STAGING = join(DIST, 'postmortem-lint');

export function cliPackageManifest(root: { version: string; license: string; repository: unknown; engines: { node: string } }) {
  return {
    name: 'postmortem-lint',
    version: root.version,
    description:
      'Reviews incident postmortems written in Markdown: blaming wording, missing sections, ownerless action items, template leftovers, timelines out of order. The CLI of Postmortem Authoring, for CI and pre-commit.',
    keywords: ['postmortem', 'incident', 'blameless', 'markdown', 'lint', 'sre', 'sarif'],
    license: root.license,
    repository: root.repository,
    homepage: `${DOCS_BASE_URL}#cli`,
    bin: { 'postmortem-lint': 'cli.js', 'postmortem-language-server': 'language-server.js' },
    files: ['cli.js', 'language-server.js', 'postmortemrc.schema.json'],
    engines: { node: root.engines.node },
  };
}

/** The README's CLI section, with links into the README made absolute (npm shows the package's README alone). */
export function cliReadme(readme: string): string {
  const section = /^## CLI\n([\s\S]*?)(?=^## )/m.exec(readme);
  if (!section) throw new Error('README.md has no "## CLI" section');
  const body = section[1]!.trim().replace(/\]\(#([^)]+)\)/g, `](${DOCS_BASE_URL}#$1)`);
  return `# postmortem-lint\n\nReviews incident postmortems written in Markdown the way a seasoned incident reviewer would: blaming wording, required sections that are missing, action items nobody owns, template leftovers and timelines out of order. The command-line tool of [Postmortem Authoring](${DOCS_BASE_URL}), whose VS Code extension reports the same findings as you type.\n\n${body}\n`;
}

function main(): void {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
  rmSync(STAGING, { recursive: true, force: true });
  mkdirSync(STAGING, { recursive: true });
  copyFileSync(join(DIST, 'cli.js'), join(STAGING, 'cli.js'));
  copyFileSync(join(DIST, 'language-server.js'), join(STAGING, 'language-server.js'));
  copyFileSync(join(ROOT, 'server/src/engine/data/postmortemrc.schema.json'), join(STAGING, 'postmortemrc.schema.json'));
  writeFileSync(join(STAGING, 'package.json'), `${JSON.stringify(cliPackageManifest(root), null, 2)}\n`);
  writeFileSync(join(STAGING, 'README.md'), cliReadme(readFileSync(join(ROOT, 'README.md'), 'utf8')));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', DIST], { cwd: STAGING, encoding: 'utf8' })) as {
    filename: string;
    size: number;
  }[];
  process.stdout.write(`dist/${packed!.filename} (${Math.round(packed!.size / 1024)} KB)\n`);
}

if (require.main === module) main();
