// The postmortem as the rules and the editor see it: built once per document version from
// one mdast parse, with exact offsets for everything a finding or a view may point at.
import type { Root } from 'mdast';
import { extractActionItems, type ActionItem } from './model/actionItems';
import { extractMetadata, type Metadata } from './model/metadata';
import { extractProseBlocks, type ProseBlock } from './model/prose';
import { extractSections, type Section } from './model/sections';
import { extractTimeline, type Timeline } from './model/timeline';
import { IncrementalParser, type ParseOptions } from './parse';
import { LineIndex } from './positions';

export type { ActionItem, Metadata, ProseBlock, Section, Timeline };
export type { TimelineEntry } from './model/timeline';
export type { ActionItemField } from './model/actionItems';

export interface PostmortemModel {
  text: string;
  lines: LineIndex;
  tree: Root;
  metadata: Metadata;
  /** Every heading's section, in document order; `parent` indexes this list. */
  sections: Section[];
  timeline: Timeline | undefined;
  actionItems: ActionItem[];
  /** Paragraphs, headings and table cells whose words are prose (not code, HTML or URLs). */
  prose: ProseBlock[];
  /** Offsets of HTML comments, for inline rule control. */
  comments: { start: number; end: number; value: string }[];
}

const sharedParser = new IncrementalParser();

/** With the parser of an earlier version, unchanged chunks are not parsed again. `options.shouldStop` may interrupt the parse. */
export function buildModel(text: string, parser: IncrementalParser = sharedParser, options: ParseOptions = {}): PostmortemModel {
  const tree = parser.parse(text, options);
  const lines = new LineIndex(text);
  const sections = extractSections(tree, text);
  const comments: PostmortemModel['comments'] = [];
  const prose = extractProseBlocks(tree, text, comments);
  const metadata = extractMetadata(tree, text);
  return {
    text,
    lines,
    tree,
    metadata,
    sections,
    timeline: extractTimeline(tree, text, sections, metadata.date),
    actionItems: extractActionItems(tree, text, sections),
    prose,
    comments,
  };
}
