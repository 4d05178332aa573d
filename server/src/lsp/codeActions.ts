// Code actions, built generically from the finding each diagnostic names in `Diagnostic.data`: a
// quick fix per fix of it (a snippet edit that selects the value to type over, where the fix leaves
// one), "Show guidance" and "Disable RULE for this line" per finding, and fix-all (the first safe
// fix of every finding): in the Ctrl+. menu beside the finding's own fixes, and as
// `source.fixAll.postmortem` for Source Action…, the Fix All command and
// `editor.codeActionsOnSave`. Asked for fix-all where nothing is safe to fix, the answer is a
// disabled action whose reason says so, which VS Code shows instead of "no actions".
import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixPlaceholder, RULES_BY_ID, safeFixEdits, toLspRange, type Finding } from '../engine';
import { CONFIGURATION_CODE, isOwnDiagnostic, type DiagnosticData } from './diagnostics';
import { disableForLine } from './disableComment';
import type { DocumentAnalysis } from './documentAnalyses';
import { guidanceMarkdown } from './guidance';
import { SHOW_GUIDANCE_COMMAND, type ShowGuidanceArguments } from './protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

const FIX_ALL_TITLE = 'Fix all safe postmortem problems';
const NOTHING_SAFE_TO_FIX =
  'Nothing in this postmortem can be fixed automatically: each remaining finding needs your own words. Put the cursor on one and press Ctrl+. for what it offers.';

/** What the client said it can take (initialize capabilities). */
export interface CodeActionSupport {
  /** `workspace.workspaceEdit.snippetEditSupport`: snippet edits, which put the cursor where the author types next. */
  snippetEdits: boolean;
  /** `textDocument.codeAction.disabledSupport`: actions shown greyed out with a reason. */
  disabled: boolean;
}

export function codeActions(
  params: CodeActionParams,
  document: TextDocument,
  analysis: DocumentAnalysis,
  support: CodeActionSupport,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const own = params.context.diagnostics.flatMap((diagnostic) => {
      const finding = findingOf(diagnostic, analysis);
      return finding ? [{ diagnostic, finding }] : [];
    });
    for (const { diagnostic, finding } of own) actions.push(...quickFixes(diagnostic, finding, document, analysis, support));
    // Beside a finding's own fixes, when fixing all does more than this place's own safe fix would.
    const fixAll = own.length > 0 ? fixAllEdit(document, analysis) : undefined;
    const ownSafe = own.filter(({ finding }) => finding.fixes.some((fix) => fix.safe)).length;
    if (fixAll && fixAll.findings > ownSafe) actions.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit: fixAll.edit });
  }
  // Only on request: fix-all as a source action is for Source Action…, Fix All and on-save, not for every cursor position.
  if (only && wants(FIX_ALL_KIND) && analysis.result) {
    const fixAll = fixAllEdit(document, analysis);
    if (fixAll) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: fixAll.edit });
    // Not on save (an automatic request): there is nobody to read the reason.
    else if (support.disabled && params.context.triggerKind !== CodeActionTriggerKind.Automatic) {
      actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, disabled: { reason: NOTHING_SAFE_TO_FIX } });
    }
  }
  return actions;
}

/** The finding one of our diagnostics shows, if it was made from this very analysis: edits made for other text would land in the wrong place. */
function findingOf(diagnostic: Diagnostic, analysis: DocumentAnalysis): Finding | undefined {
  if (!isOwnDiagnostic(diagnostic) || typeof diagnostic.code !== 'string' || diagnostic.code === CONFIGURATION_CODE) return undefined;
  const data = diagnostic.data as DiagnosticData | undefined;
  return data && data.analysis === analysis.id ? analysis.result?.findings[data.finding] : undefined;
}

function quickFixes(
  diagnostic: Diagnostic,
  finding: Finding,
  document: TextDocument,
  analysis: DocumentAnalysis,
  support: CodeActionSupport,
): CodeAction[] {
  const ruleId = finding.ruleId;
  const lines = analysis.result!.model.lines;
  const actions: CodeAction[] = finding.fixes.map((fix) => {
    const edits = fix.edits.map((edit): TextEdit => ({ range: toLspRange(lines.range(edit.start, edit.end)), newText: edit.text }));
    const placeholder = fixPlaceholder(fix);
    return {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fix.safe && finding.fixes.length === 1,
      edit:
        placeholder !== undefined && support.snippetEdits
          ? snippetEdit(document, edits[0]!, placeholder)
          : { changes: { [document.uri]: edits } },
    };
  });
  const args: ShowGuidanceArguments = {
    ruleId,
    title: `Guidance: ${ruleId}`,
    markdown: guidanceMarkdown(finding, RULES_BY_ID.get(ruleId)),
  };
  actions.push({
    title: 'Show guidance',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Show guidance', command: SHOW_GUIDANCE_COMMAND, arguments: [args] },
  });
  actions.push({
    title: `Disable ${ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [disableForLine(document, diagnostic.range.start.line, ruleId)] } },
  });
  return actions;
}

/** The edit as a snippet whose one tab stop is the placeholder: applied, it leaves the placeholder selected. */
function snippetEdit(document: TextDocument, edit: TextEdit, placeholder: string): WorkspaceEdit {
  const at = edit.newText.indexOf(placeholder);
  const value = `${escapeSnippet(edit.newText.slice(0, at))}\${1:${escapeSnippet(placeholder)}}${escapeSnippet(edit.newText.slice(at + placeholder.length))}`;
  return {
    documentChanges: [
      {
        textDocument: { uri: document.uri, version: document.version },
        edits: [{ range: edit.range, snippet: { kind: 'snippet', value } }],
      },
    ],
  };
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function fixAllEdit(document: TextDocument, analysis: DocumentAnalysis): { edit: WorkspaceEdit; findings: number } | undefined {
  const result = analysis.result;
  if (!result || analysis.version !== document.version) return undefined;
  const edits = withoutOverlaps(safeFixEdits(result.findings)).map((edit): TextEdit => ({
    range: toLspRange(result.model.lines.range(edit.start, edit.end)),
    newText: edit.text,
  }));
  if (edits.length === 0) return undefined;
  const findings = result.findings.filter((finding) => finding.fixes.some((fix) => fix.safe)).length;
  return { edit: { changes: { [document.uri]: edits } }, findings };
}

/** A workspace edit may not overlap itself; keep the edits `applyEdits` would apply, in the same order. */
function withoutOverlaps<T extends { start: number; end: number }>(edits: T[]): T[] {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: T[] = [];
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor || edit.end < edit.start) continue;
    kept.push(edit);
    cursor = edit.end;
  }
  return kept;
}
