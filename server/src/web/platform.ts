// The language server in a web worker (vscode.dev, github.dev): no file system. The documents the
// editor sends are checked with the user's settings; no .postmortemrc.json, .gitignore or
// workspace template is read, the team's views list nothing, and "@" proposes the owners of the
// document itself. README "On the web" says so to the user. Paths are still known (the URI's
// path), so `postmortem.files` globs decide which files are postmortems as on the desktop.
import { IncidentIndex } from '../engine';
import type { ServerPlatform, WorkspaceIndexService } from '../lsp/platform';

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
  }),
};

export function webPlatform(): ServerPlatform {
  return {
    description: 'web worker',
    fileReader: { readText: async () => undefined },
    // vscode-vfs://github/owner/repo/postmortems/x.md → /owner/repo/postmortems/x.md; untitled: none.
    enginePath: (uri) => {
      const path = decodeURIComponent(new URL(uri).pathname);
      return path.startsWith('/') ? path : undefined;
    },
    displayPath: (enginePath) => enginePath,
    owners: {
      owners: async (_folder, _globs, _trusted, current) =>
        [...new Set(current)].map((handle) => ({ handle, detail: 'owner in this postmortem' })),
    },
    workspaceIndex: () => NO_WORKSPACE_INDEX,
  };
}
