// `postmortem.directory`: where New Postmortem writes, always a folder inside the workspace folder.
// A repository's settings could otherwise make the command write anywhere the user can (an
// absolute path, or `..` climbing out), so such values are refused with a message, not followed.

export const DEFAULT_POSTMORTEM_DIRECTORY = 'postmortems/';

export type PostmortemDirectory = { parts: string[] } | { problem: string };

/** The folder's path segments under the workspace folder, or why the setting names no such folder. */
export function postmortemDirectoryParts(setting: string | undefined): PostmortemDirectory {
  const value = setting?.trim() || DEFAULT_POSTMORTEM_DIRECTORY;
  const inside = `postmortem.directory must be a folder inside the workspace folder, such as "${DEFAULT_POSTMORTEM_DIRECTORY}"`;
  // Drive letters, UNC shares, the home folder and URIs are all ways out of the workspace folder.
  if (/^(?:[\\/~]|[A-Za-z]:|[A-Za-z][\w+.-]*:\/)/.test(value)) return { problem: `${inside}; "${value}" is an absolute path.` };
  const parts: string[] = [];
  for (const part of value.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return { problem: `${inside}; "${value}" leads out of it.` };
  }
  return { parts };
}
