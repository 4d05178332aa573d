// textDocument/completion: the engine's proposals for the cursor's context (authoring/completions.ts),
// with the owners of the workspace for "@", as LSP completion items whose edits replace what the
// author typed of them.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completionsAt, ownerHandles, type Completion } from '../engine';
import type { DocumentAnalysis } from './documentAnalyses';
import type { OwnerSource } from './platform';

const KINDS: Record<Completion['kind'], CompletionItemKind> = {
  section: CompletionItemKind.Module,
  owner: CompletionItemKind.Reference,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
};

export async function completion(
  params: CompletionParams,
  document: TextDocument,
  analysis: DocumentAnalysis,
  owners: OwnerSource,
  trusted: boolean,
): Promise<CompletionItem[] | null> {
  const result = analysis.result;
  // Proposals are made for the text the editor has: an analysis of an older version would misplace them.
  if (!result || analysis.version !== document.version || analysis.text !== document.getText()) return null;
  const offset = document.offsetAt(params.position);
  const wantsOwners = /@[\w.-]*$/.test(document.getText({ start: { line: params.position.line, character: 0 }, end: params.position }));
  const { configuration } = analysis;
  const known = wantsOwners ? await owners.owners(configuration.folder, configuration.globs, trusted, ownerHandles(result.model)) : [];
  // Typed on while the owners were read: the proposals would be for a text the editor no longer has.
  if (analysis.version !== document.version || analysis.text !== document.getText()) return null;
  return completionsAt(result.model, result.profile, offset, known).map((proposal) => ({
    label: proposal.label,
    kind: KINDS[proposal.kind],
    detail: proposal.detail,
    documentation: proposal.documentation,
    sortText: proposal.sortText,
    filterText: proposal.filterText,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { start: document.positionAt(proposal.start), end: params.position }, newText: proposal.insert },
  }));
}
