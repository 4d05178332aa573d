// Paths as the engine sees them: absolute, with "/" between segments ("/home/ann/repo/a.md",
// "C:/repo/a.md"). The front ends convert theirs (node:path, file URIs) at the edge, so that the
// decisions made here are the same for the server and the CLI, and nothing here needs node:path.

/** The folder holding `path`, or undefined for a root ("/", "C:/"). */
export function parentFolder(path: string): string | undefined {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0 || trimmed === '/' || /^[A-Za-z]:$/.test(trimmed)) return undefined;
  const parent = trimmed.slice(0, slash);
  if (parent === '') return '/';
  return /^[A-Za-z]:$/.test(parent) ? `${parent}/` : parent;
}

export function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/** The last segment of `path`. */
export function baseName(path: string): string {
  return path.slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1);
}

/** `path` relative to `folder` ("a/b.md"), "" for the folder itself, undefined when `path` is not inside it. */
export function pathInside(folder: string, path: string): string | undefined {
  const base = folder.replace(/\/+$/, '');
  if (path === base || path === `${base}/`) return '';
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined;
}
