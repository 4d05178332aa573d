// What makes the harness's third VS Code run a web run: the user setting remote.extensionKind
// asks for the extension as a web extension, so code-server runs it (package.json "browser":
// dist/web/client.js, its server in a web worker) in the browser's web worker extension host,
// as vscode.dev and github.dev do, while the test-runner extension stays in the Node one. The
// suite checks that the extension is not in the test runner's host.
import { productExtensionId } from './paths';

export function webRunSettings(): Record<string, unknown> {
  return { 'remote.extensionKind': { [productExtensionId()]: ['web'] } };
}
