// The preview webview's page: an empty shell that loads media/preview.css and media/preview.js;
// the document arrives later by message (so updates never reload the page or lose its scroll).
// The Content-Security-Policy is the second line of defence behind the sanitizer: nothing runs
// but our own script (by nonce, new for every load), no inline styles, no connections, images
// only from the webview's own resources (the extension and the workspace folder, as
// localResourceRoots allows) unless remote images are allowed. No `vscode` import: unit-testable.

export interface PreviewPage {
  /** `webview.cspSource`: the origin of the webview's local resources. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
  allowRemoteImages: boolean;
}

export function contentSecurityPolicy({ cspSource, nonce, allowRemoteImages }: PreviewPage): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}${allowRemoteImages ? ' https:' : ''}`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function previewPageHtml(page: PreviewPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(page))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(page.styleUri)}">
<title>Postmortem preview</title>
</head>
<body>
<header id="postmortem-header" class="postmortem-header" aria-label="Postmortem summary"></header>
<main id="postmortem-content" class="postmortem-content"><p class="preview-notice">Rendering…</p></main>
<script nonce="${escapeAttribute(page.nonce)}" src="${escapeAttribute(page.scriptUri)}"></script>
</body>
</html>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
