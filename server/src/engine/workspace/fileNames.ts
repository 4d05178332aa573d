// The names of the files the engine asks its reader for. Kept apart so that the client (through
// lsp/protocol.ts) can name them without bundling the engine.
export const CONFIG_FILE_NAME = '.postmortemrc.json';
export const GITIGNORE_FILE_NAME = '.gitignore';
/** A Markdown file's name (or path, or URI): the files the CLI walks and the workspace index holds. */
export const MARKDOWN = /\.(md|markdown)$/i;
