// Which images the preview may load. A postmortem from any repository must not make the editor
// fetch from the network (a tracking pixel tells its author who read it and when), so by default
// only files inside the document's workspace folder are shown, through the webview's resource URI
// for that folder. Remote https images only with `postmortem.preview.allowRemoteImages`.

export interface ImagePolicy {
  /** The document's URI, against which relative sources are resolved. */
  documentUri: string;
  /** The workspace folder whose files may be shown, and the webview URI that serves it. */
  resourceRoot: { folderUri: string; webviewUri: string } | undefined;
  allowRemoteImages: boolean;
}

export type ImageSource = { src: string } | { blocked: string };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const OUTSIDE_WORKSPACE: ImageSource = { blocked: 'Only images from the workspace folder are shown.' };

export function imageSource(src: string, policy: ImagePolicy): ImageSource {
  const source = src.trim();
  if (SCHEME.test(source)) {
    if (!/^https?:/i.test(source)) return OUTSIDE_WORKSPACE;
    if (!policy.allowRemoteImages)
      return { blocked: 'Remote images are not loaded. Set postmortem.preview.allowRemoteImages to show them.' };
    // Only https: the webview is an https page, and its Content-Security-Policy allows no more.
    return /^https:/i.test(source) ? { src: source } : { blocked: 'Remote images are loaded over https only.' };
  }
  const root = policy.resourceRoot;
  const resolved = root && resolve(source, policy.documentUri);
  const folder = root && resolve('.', `${root.folderUri.replace(/\/?$/, '/')}`);
  if (!resolved || !folder || resolved.protocol !== 'file:' || resolved.host !== folder.host) return OUTSIDE_WORKSPACE;
  const folderPath = decoded(folder.pathname);
  const path = decoded(resolved.pathname);
  const segments =
    path !== undefined && folderPath !== undefined && path.startsWith(folderPath) ? path.slice(folderPath.length).split('/') : [];
  // Encoded dots and slashes ("..%2F") survive URL resolution; a segment that climbs is refused.
  if (segments.length === 0 || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\')))
    return OUTSIDE_WORKSPACE;
  return { src: `${root.webviewUri.replace(/\/$/, '')}/${segments.map(encodeURIComponent).join('/')}` };
}

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** `reference` resolved against `base`, or undefined when that is not a URL (an untitled document). */
function resolve(reference: string, base: string): URL | undefined {
  try {
    return new URL(reference, base);
  } catch {
    return undefined;
  }
}
