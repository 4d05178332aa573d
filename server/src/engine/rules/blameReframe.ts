/**
 * The constructive action of a blaming finding that has no safe rewrite: a question in the
 * local-rationality form ("What made … reasonable at the time?"), inserted under the sentence as
 * a `TODO:` line, which placeholder-text then tracks until the author answers it.
 *
 * A rewrite ("human error" → "a gap in the process") is offered where one is safe; counterfactuals
 * and a person named as the cause have none, and "Disable" alone would nudge towards silencing.
 * Any category is accepted, including ones this file does not know: they get the general question.
 *
 * Bad:  "Bob should have checked the config before deploying."
 * Then: "TODO: What made not having checked the config before deploying reasonable at the time?"
 */
import type { Nodes } from 'mdast';
import type { PostmortemModel } from '../model';
import { endOffset, firstNodeAfter, startOffset } from '../text';
import type { Fix } from '../types';

/** The question per blame category; none of them may use blaming wording (a unit test checks). */
const QUESTIONS: Record<string, string> = {
  'blame-word': 'Which conditions made this action possible or likely, and what would make it harder next time?',
  counterfactual: 'What did the people involved know and see at the time, and what made their actions reasonable then?',
  hindsight: 'What could be seen at the time, and what made it hard to notice?',
  character: 'Which pressures (time, tooling, information) made this action reasonable at the time?',
  'person-as-cause': 'What in the system let one action have this effect, and what would protect the next person in the same position?',
};
const GENERAL_QUESTION = 'What made these actions reasonable at the time, given what was known then?';

/**
 * `fixes` with the reframe added when they hold no rewrite. `start`/`end`: the blaming phrase.
 * Never throws: a place where no line can go gets no reframe.
 */
export function withBlameReframe(model: PostmortemModel, start: number, end: number, category: string, fixes: Fix[]): Fix[] {
  if (fixes.length > 0) return fixes;
  const at = questionPlace(model, start);
  if (!at) return fixes;
  const question = `TODO: ${specificQuestion(model.text, start, end) ?? QUESTIONS[category] ?? GENERAL_QUESTION}`;
  // The document's own line ending, from its first line: never a scan of the whole text per finding.
  const eol = /\r\n|\r|\n/.exec(model.text)?.[0] ?? '\n';
  const text = at.continuation === undefined ? `${eol}${eol}${question}` : `${eol}${at.continuation}${question}`;
  return [
    {
      title: `Reframe as a question: "${question.slice('TODO: '.length)}"`,
      edits: [{ start: at.offset, end: at.offset, text }],
      safe: false,
    },
  ];
}

const SENTENCE_END = /[.;!?:](?=\s|$)|\s(?:but|because|so|which|when|and then)\s|\n\s*\n/;
const WORD = /^[A-Za-z][A-Za-z'-]*$/;

/**
 * A question about the very action where the wording makes it plain: "should have checked X" →
 * "not having checked X"; "should not have deployed X" → "having deployed X"; "failed to notice X"
 * → "What made it hard to notice X at the time?". Undefined otherwise.
 */
function specificQuestion(text: string, start: number, end: number): string | undefined {
  const phrase = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const rest = clauseAfter(text, end);
  const shouldHave =
    /^(?:should|ought to|could)(?: have|'ve)(?: (\w+))?$|^(should(?:n't| not)|ought not to)(?: have|'ve)(?: (\w+))?$/i.exec(phrase);
  if (shouldHave) {
    const negative = shouldHave[2] !== undefined;
    const verb = shouldHave[1] ?? shouldHave[3];
    if (!verb || !rest || !WORD.test(verb)) return undefined;
    return `What made ${negative ? '' : 'not '}having ${verb} ${rest} reasonable at the time?`;
  }
  const failedTo = /^(?:failed|forgot|neglected) to(?: (\w+))?$/i.exec(phrase);
  if (failedTo) {
    const verb = failedTo[1];
    if (!verb || !rest || !WORD.test(verb)) return undefined;
    return `What made it hard to ${verb} ${rest} at the time?`;
  }
  return undefined;
}

/** The words after `offset` up to the end of their clause, at most ten, or '' when they are not plain words. */
function clauseAfter(text: string, offset: number): string {
  const following = text.slice(offset, offset + 200);
  const stop = following.search(SENTENCE_END);
  const words = (stop < 0 ? following : following.slice(0, stop)).replace(/[`*_]/g, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || !words.every((word) => /^[\p{L}\p{N}'’-]+[,]?$/u.test(word))) return '';
  return words.join(' ').replace(/,$/, '');
}

/**
 * Where the question goes: after the paragraph, heading, table or quote the phrase is in, as a
 * paragraph of its own; in a list, at the end of the item, as a line of its text (a blank line
 * there would loosen the whole list). Undefined inside code or HTML, where a line would not be prose.
 */
function questionPlace(model: PostmortemModel, offset: number): { offset: number; continuation?: string } | undefined {
  const top = model.tree.children[firstNodeAfter(model.tree, offset) - 1];
  if (!top || offset >= endOffset(top) || top.type === 'code' || top.type === 'html' || top.type === 'yaml') return undefined;
  if (top.type !== 'list') return { offset: endOffset(top) };
  const item = innermostListItem(top, offset);
  if (!item) return { offset: endOffset(top) };
  const lineStart = model.text.lastIndexOf('\n', startOffset(item) - 1) + 1;
  const marker = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(model.text.slice(lineStart, endOffset(item)))?.[0] ?? '';
  return { offset: endOffset(item), continuation: marker.replace(/[^\t>]/g, ' ') };
}

function innermostListItem(node: Nodes, offset: number): Nodes | undefined {
  if (!('children' in node)) return undefined;
  for (const child of node.children as Nodes[]) {
    if (startOffset(child) > offset || offset >= endOffset(child)) continue;
    const inner = innermostListItem(child, offset);
    if (inner) return inner;
    if (child.type === 'listItem') return child;
  }
  return undefined;
}
