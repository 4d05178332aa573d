// The language server in a web worker (vscode.dev, github.dev): no file system. .postmortemrc.json
// and .gitignore are read through the client (postmortem/readFile, answered by VS Code's own file
// systems, so vscode-vfs:// works); the team's views list nothing, having no way to walk the
// workspace's files here, and "@" proposes the owners of the document itself. README "On the web"
// says so to the user.
import type { Connection } from 'vscode-languageserver';
import { IncidentIndex } from '../engine';
import type { ServerPlatform, WorkspaceIndexService } from '../lsp/platform';
import { ReadFileRequest, type ReadFileParams, type ReadFileResult } from '../lsp/protocol';

const NO_WORKSPACE_INDEX: WorkspaceIndexService = {
  rebuild: async () => undefined,
  fileChanged: async () => undefined,
  documentChanged: () => undefined,
  documentClosed: async () => undefined,
  documentOpened: () => undefined,
  result: (today) => ({
    indexing: false,
    postmortems: [],
    actionItems: [],
    recurringTags: [],
    problems: [],
    trends: new IncidentIndex().trends(today),
    unavailable:
      'On the web the language server runs in the browser and cannot read the workspace’s files: ' +
      'open a postmortem to check it; the desktop extension or `postmortem-lint report` list the team’s postmortems.',
  }),
};

/**
 * The engine works on "/"-separated paths; a URI's scheme and authority become its first segment,
 * so that files of different file systems never share a path and a path gives its URI back:
 * vscode-vfs://github/owner/repo/postmortems/x.md ↔ /vscode-vfs:github/owner/repo/postmortems/x.md.
 * Paths relative to a workspace folder (what `postmortem.files` globs match) are the URI's own.
 */
export function uriToEnginePath(uri: string): string | undefined {
  const match = /^([a-zA-Z][\w+.-]*):\/\/([^/?#]*)(\/[^?#]*)?/.exec(uri);
  if (!match) return undefined; // untitled:Untitled-1 and the like: no path.
  return `/${match[1]}:${decodeURIComponent(match[2]!)}${decodeURIComponent(match[3] ?? '')}`;
}

export function enginePathToUri(enginePath: string): ReadFileParams | undefined {
  const match = /^\/([a-zA-Z][\w+.-]*):([^/]*)(\/.*)?$/.exec(enginePath);
  return match ? { scheme: match[1]!, authority: match[2]!, path: match[3] ?? '/' } : undefined;
}

export function webPlatform(connection: Connection): ServerPlatform {
  return {
    description: 'web worker',
    fileReader: {
      async readText(enginePath) {
        const params = enginePathToUri(enginePath);
        if (!params) return undefined;
        const result = await connection.sendRequest<ReadFileResult>(ReadFileRequest.method, params);
        return result?.text;
      },
    },
    enginePath: uriToEnginePath,
    displayPath: (enginePath) => {
      const uri = enginePathToUri(enginePath);
      return uri ? `${uri.scheme}://${uri.authority}${uri.path}` : enginePath;
    },
    owners: {
      owners: async (_folder, _globs, _trusted, current) =>
        [...new Set(current)].map((handle) => ({ handle, detail: 'owner in this postmortem' })),
    },
    workspaceIndex: () => NO_WORKSPACE_INDEX,
  };
}
