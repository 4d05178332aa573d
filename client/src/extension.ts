// The desktop extension's entry point (package.json "main"): the server as a Node process.
import type * as vscode from 'vscode';
import { activateOn, type PostmortemApi } from './activation';
import { nodePlatform } from './node/platform';

export { deactivate, type PostmortemApi } from './activation';

export function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  return activateOn(nodePlatform, context);
}
