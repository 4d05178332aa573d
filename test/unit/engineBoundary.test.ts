// The engine is pure (ARCHITECTURE.md): npm run lint refuses, in server/src/engine only, an import
// of VS Code, of the language server library or of any Node.js module.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..');
const FORBIDDEN = [
  "import { readFileSync } from 'node:fs';",
  "import * as path from 'path';",
  "import { fileURLToPath } from 'url';",
  "import * as vscode from 'vscode';",
  "import type { Connection } from 'vscode-languageserver';",
  "import { createConnection } from 'vscode-languageserver/node';",
  "import { TextDocument } from 'vscode-languageserver-textdocument';",
];

async function restrictedImports(source: string, relativePath: string): Promise<number> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(`${source}\nexport {};\n`, { filePath: join(ROOT, relativePath) });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').length;
}

describe('the engine boundary', () => {
  it('refuses Node.js, VS Code and language-server imports inside server/src/engine', async () => {
    for (const source of FORBIDDEN) assert.equal(await restrictedImports(source, 'server/src/engine/workspace/example.ts'), 1, source);
  });

  it('allows them outside the engine, and allows the engine its own libraries', async () => {
    for (const source of FORBIDDEN) assert.equal(await restrictedImports(source, 'server/src/cli/example.ts'), 0, source);
    assert.equal(
      await restrictedImports("import picomatch from 'picomatch/posix';\nimport ignore from 'ignore';", 'server/src/engine/example.ts'),
      0,
    );
  });
});
