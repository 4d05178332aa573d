// Which Markdown documents are postmortems, decided here and nowhere else (the editor and the CLI
// both ask): a document opted in by the user; else none that `ignores` or .gitignore exclude; else
// a path matching the `files` globs, front matter `type: postmortem`, or a title that names a
// postmortem. Ordinary Markdown (READMEs, docs) is left alone. The content test reads only the
// front matter and the first heading, so deciding costs nothing next to analysing.
import picomatch from 'picomatch/posix';
import { frontMatterEnd } from '../frontMatter';

/** Titles that announce a postmortem ("Postmortem: …", "Incident report …", "Retrospective"). */
export const POSTMORTEM_TITLE = /post-?mortem|incident (review|report)|retrospective/i;

/** Never postmortems, whatever the configuration says: what package managers and git keep. */
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface PostmortemCandidate {
  /** Path relative to the root folder with forward slashes (the whole path outside it); undefined for untitled documents. */
  relativePath: string | undefined;
  text: string;
  /** `files` globs from the effective configuration. */
  files: string[];
  /** `ignores` globs from the effective configuration. */
  ignores: string[];
  /** Excluded by a .gitignore. */
  gitignored: boolean;
  /** Opted in by the user ("Postmortem: Lint This File"). */
  optedIn: boolean;
}

/** Why a document is, or is not, a postmortem: `--print-config` and the tests name it. */
export type PostmortemReason = 'opted-in' | 'ignores' | 'gitignore' | 'files' | 'front-matter' | 'title' | 'none';

export interface PostmortemDecision {
  postmortem: boolean;
  reason: PostmortemReason;
}

export function decidePostmortem(candidate: PostmortemCandidate): PostmortemDecision {
  if (candidate.optedIn) return { postmortem: true, reason: 'opted-in' };
  const path = candidate.relativePath;
  if (path !== undefined && (matchesGlobs(path, ALWAYS_IGNORED) || matchesGlobs(path, candidate.ignores)))
    return { postmortem: false, reason: 'ignores' };
  if (candidate.gitignored) return { postmortem: false, reason: 'gitignore' };
  if (path !== undefined && matchesGlobs(path, candidate.files)) return { postmortem: true, reason: 'files' };
  const head = documentHead(candidate.text);
  if (head.type !== undefined && head.type.toLowerCase() === 'postmortem') return { postmortem: true, reason: 'front-matter' };
  const title = head.title ?? head.firstHeading;
  if (title !== undefined && POSTMORTEM_TITLE.test(title)) return { postmortem: true, reason: 'title' };
  return { postmortem: false, reason: 'none' };
}

const matchers = new Map<string, (path: string) => boolean>();

/** Globs match case-insensitively ("PostMortems/" is the same folder to a person) and dot folders (".github/incidents/…"). */
export function matchesGlobs(relativePath: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const key = JSON.stringify(globs);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = picomatch([...globs], { dot: true, nocase: true });
    matchers.set(key, matcher);
  }
  return matcher(relativePath);
}

interface DocumentHead {
  type: string | undefined;
  title: string | undefined;
  firstHeading: string | undefined;
}

const YAML_FIELD = /^(type|title)[ \t]*:[ \t]*(.*?)[ \t]*$/i;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** Front matter `type` and `title`, and the text of the first heading outside code fences. */
function documentHead(text: string): DocumentHead {
  const head: DocumentHead = { type: undefined, title: undefined, firstHeading: undefined };
  let body = text.replace(/^\uFEFF/, '');
  // The front matter the parser reads, and only that (frontMatter.ts).
  const frontMatterLength = frontMatterEnd(body);
  if (frontMatterLength !== undefined) {
    for (const line of body.slice(0, frontMatterLength).split(/\r\n|\r|\n/)) {
      const field = YAML_FIELD.exec(line);
      if (!field) continue;
      const value = field[2]!.replace(/^(['"])(.*)\1$/, '$2');
      if (field[1]!.toLowerCase() === 'type') head.type = value;
      else head.title = value;
    }
    body = body.slice(frontMatterLength);
  }
  let inFence: string | undefined;
  let previous = '';
  for (const line of lines(body)) {
    const fence = FENCE.exec(line);
    if (fence) inFence = inFence === undefined ? fence[1] : inFence === fence[1] ? undefined : inFence;
    else if (inFence === undefined) {
      const atx = ATX_HEADING.exec(line);
      if (atx) return { ...head, firstHeading: atx[1] };
      if (previous.trim() !== '' && SETEXT_UNDERLINE.test(line)) return { ...head, firstHeading: previous.trim() };
    }
    previous = inFence === undefined ? line : '';
  }
  return head;
}

/** The lines of `text` one at a time, so that a long document is not split for its first heading. */
function* lines(text: string): Generator<string> {
  const ending = /\r?\n|\r/g;
  let start = 0;
  for (let match = ending.exec(text); match; match = ending.exec(text)) {
    yield text.slice(start, match.index);
    start = ending.lastIndex;
  }
  yield text.slice(start);
}
