// The messages between the preview panel and its webview (media/preview.js). What comes from
// the webview is untrusted: the page renders text from any repository, so a message is checked
// field by field before anything acts on it. No `vscode` import: unit-testable.
import type { PreviewHeader } from '../../../server/src/lsp/protocol';

/** Extension → webview. */
export type ToWebview =
  | { type: 'update'; uri: string; version: number; html: string; header: PreviewHeader; line?: number }
  | { type: 'scrollTo'; line: number }
  /** Instead of a document: why there is none to show. */
  | { type: 'notice'; text: string };

/** Webview → extension. */
export type FromWebview =
  /** The script has loaded and listens: send it the document. */
  | { type: 'ready' }
  /** A click on the block that starts at this 0-based source line. */
  | { type: 'reveal'; line: number }
  /** The update of this version is on screen. */
  | { type: 'rendered'; version: number };

/** Lines and versions are non-negative integers; anything larger is not from our script. */
const MAX_COUNT = 10_000_000;

/** The message if it is one the webview may send, else undefined. */
export function parseFromWebview(value: unknown): FromWebview | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(',');
  switch (message.type) {
    case 'ready':
      return keys === 'type' ? { type: 'ready' } : undefined;
    case 'reveal':
      return keys === 'line,type' && isCount(message.line) ? { type: 'reveal', line: message.line } : undefined;
    case 'rendered':
      return keys === 'type,version' && isCount(message.version) ? { type: 'rendered', version: message.version } : undefined;
    default:
      return undefined;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}
