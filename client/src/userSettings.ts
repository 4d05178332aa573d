// What the server gets when it asks for the `postmortem` settings: only the values the user has
// set, in any scope. VS Code would otherwise answer with every declared default, and a default
// `postmortem.profile` would silently override the profile of every `.postmortemrc.json`.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../server/src/lsp/protocol';

/** The settings the extension declares (package.json is the one list), without the section prefix. */
function declaredSettings(extension: vscode.Extension<unknown>): string[] {
  const properties =
    (extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } }).contributes?.configuration
      ?.properties ?? {};
  return Object.keys(properties)
    .filter((key) => key.startsWith(`${SETTINGS_SECTION}.`))
    .map((key) => key.slice(SETTINGS_SECTION.length + 1));
}

/** `{ validate: { debounceMs: 50 }, profile: 'pagerduty' }`: nested like getConfiguration's answer, set values only. */
export function userSetSettings(keys: string[], scope: vscode.Uri | undefined): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const settings: Record<string, unknown> = {};
  for (const key of keys) {
    const inspected = configuration.inspect(key);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value === undefined) continue;
    const path = key.split('.');
    let target = settings;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]!] = value;
  }
  return settings;
}

export function userSettingsMiddleware(extension: vscode.Extension<unknown>): Middleware['workspace'] {
  const keys = declaredSettings(extension);
  return {
    configuration: async (params, token, next) => {
      const answer = await next(params, token);
      if (!Array.isArray(answer)) return answer;
      return params.items.map((item, index) =>
        item.section === SETTINGS_SECTION
          ? userSetSettings(keys, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
          : answer[index],
      );
    },
  };
}
