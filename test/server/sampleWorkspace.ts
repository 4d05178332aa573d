// A private copy of test/fixtures/sample-workspace per test file, so that tests may write
// configuration files into it without touching the fixture or each other.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const FIXTURE = path.resolve(__dirname, '../fixtures/sample-workspace');

export const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
export const DNS = 'postmortems/2024-05-02-dns-incident.md';
export const README = 'README.md';

export class SampleWorkspace {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-lsp-'));

  constructor() {
    fs.cpSync(FIXTURE, this.root, { recursive: true });
  }

  path(relative: string): string {
    return path.join(this.root, ...relative.split('/'));
  }

  uri(relative: string): string {
    return pathToFileURL(this.path(relative)).href;
  }

  read(relative: string): string {
    return fs.readFileSync(this.path(relative), 'utf8');
  }

  write(relative: string, text: string): void {
    fs.writeFileSync(this.path(relative), text);
  }

  remove(relative: string): void {
    fs.rmSync(this.path(relative), { force: true });
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
