// Incident metadata from YAML front matter and from the `**Date:** …` / `Status: …` lines that
// templates put above the first section.
import type { Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { endOffset, normalizeTitle, plainText, startOffset } from '../text';
import { BlockMemo } from './blockMemo';

export interface Metadata {
  title: string | undefined;
  date: string | undefined;
  status: string | undefined;
  severity: string | undefined;
  authors: string | undefined;
  /** Profile named by the document (`profile:` or `template:` in front matter). */
  profile: string | undefined;
  /** `type:` in front matter; `postmortem` marks a file as a postmortem. */
  type: string | undefined;
  /** Every field found, keyed by normalized name. */
  fields: Record<string, string>;
  frontMatter: { start: number; end: number; error: string | undefined } | undefined;
}

const FIELD_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z /()#-]{0,30}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/;

/** Field names accepted in body lines; anything else with a colon is ordinary prose. */
const BODY_FIELDS = new Set([
  'date',
  'authors',
  'author',
  'status',
  'severity',
  'sev',
  'incident',
  'incident id',
  'owner',
  'owners',
  'duration',
  'start',
  'start time',
  'end',
  'end time',
  'detected',
  'impact level',
  'incident commander',
  'facilitator',
  'profile',
  'template',
  'type',
  'priority',
  'team',
]);

export function extractMetadata(tree: Root, text: string): Metadata {
  const fields: Record<string, string> = {};
  let frontMatter: Metadata['frontMatter'];
  let firstH1: string | undefined;

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      const read = frontMatterOf.get(node, () => readFrontMatter(node.value));
      frontMatter = { start: startOffset(node), end: endOffset(node), error: read.error };
      Object.assign(fields, read.fields);
      continue;
    }
    if (node.type === 'heading') {
      if (node.depth === 1 && firstH1 === undefined) {
        firstH1 = plainText(node);
        continue;
      }
      if (node.depth >= 2) break; // metadata lives above the first section
    }
    readBodyFields(node, text, fields);
  }

  const field = (...names: string[]) => names.map((name) => fields[name]).find((value) => value);
  return {
    title: field('title') ?? firstH1,
    date: field('date', 'incident date', 'start', 'start time'),
    status: field('status'),
    severity: field('severity', 'sev', 'priority'),
    authors: field('authors', 'author', 'owner', 'owners'),
    profile: field('profile', 'template'),
    type: field('type'),
    fields,
    frontMatter,
  };
}

/** Front matter's fields, or why it is not YAML: read once per version of it (blockMemo.ts), not on every keystroke below it. */
const frontMatterOf = new BlockMemo<{ fields: Record<string, string>; error: string | undefined }>((read) => read);

function readFrontMatter(yaml: string): { fields: Record<string, string>; error: string | undefined } {
  const fields: Record<string, string> = {};
  try {
    // Warnings (odd keys, ambiguous anchors) would go to the process's stderr: the CLI's output, the server's log.
    const data: unknown = parseYaml(yaml, { logLevel: 'error' });
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [name, value] of Object.entries(data)) {
        const rendered = renderValue(value);
        if (rendered !== undefined) fields[normalizeTitle(name)] = rendered;
      }
    }
    return { fields, error: undefined };
  } catch (error) {
    return { fields, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function readBodyFields(node: RootContent, text: string, fields: Record<string, string>): void {
  if (node.type !== 'paragraph' && node.type !== 'list') return;
  for (const line of text.slice(startOffset(node), endOffset(node)).split(/\r?\n|\r/)) {
    const match = FIELD_LINE.exec(line);
    if (!match) continue;
    const name = normalizeTitle(match[1]!);
    if (BODY_FIELDS.has(name) && !(name in fields)) {
      fields[name] = match[2]!.replace(/(\*\*|__)/g, '').trim();
    }
  }
}

function renderValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value))
    return value
      .map((item) => renderValue(item) ?? '')
      .filter(Boolean)
      .join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
