// The version of the extension, its server and the CLI, as package.json says (a unit test checks
// that they agree): the server logs it when it starts, `postmortem-lint --version` prints it.
export const VERSION = '0.1.0';
