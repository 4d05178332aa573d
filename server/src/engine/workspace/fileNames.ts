// The names of the files the engine asks its reader for. Kept apart so that the client (through
// lsp/protocol.ts) can name them without bundling the engine.
export const CONFIG_FILE_NAME = '.postmortemrc.json';
export const GITIGNORE_FILE_NAME = '.gitignore';
