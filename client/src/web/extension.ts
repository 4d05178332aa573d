// The web extension's entry point (package.json "browser"): vscode.dev, github.dev, and any
// browser-hosted extension host. The server runs in a web worker; see README "On the web".
import type * as vscode from 'vscode';
import { activateOn, type PostmortemApi } from '../activation';
import { webPlatform } from './platform';

export { deactivate, type PostmortemApi } from '../activation';

export function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  return activateOn(webPlatform, context);
}
