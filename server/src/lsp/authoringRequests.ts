// The requests of the writing commands: each finds the document's cached analysis, asks the
// engine where and what to insert, and answers with LSP ranges for that document version.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  actionItemInsertion,
  missingSectionEdits,
  timelineEntryInsertion,
  toLspRange,
  type AnalysisResult,
  type AuthoringResult,
} from '../engine';
import type { DocumentAnalyses } from './documentAnalyses';
import {
  ActionItemRequest,
  MissingSectionEditsRequest,
  TimelineEntryRequest,
  type AuthoringParams,
  type AuthoringProblem,
  type MissingSectionEditsResult,
  type SnippetEditResult,
  type TimelineEntryParams,
} from './protocol';

export function registerAuthoringRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyses: () => DocumentAnalyses,
): void {
  /** The analysis of an open postmortem, or the sentence that says why there is none. */
  async function analysed(uri: string): Promise<{ version: number; result: AnalysisResult } | AuthoringProblem> {
    const document = documents.get(uri);
    if (!document) return { version: -1, problem: 'The Postmortem language server does not have this file open. Try again in a moment.' };
    const analysis = await analyses().get(document);
    const { version } = analysis;
    if (!analysis.isPostmortem)
      return {
        version,
        problem: 'This file is not a postmortem. Run "Postmortem: Lint This File" or add "type: postmortem" to its front matter first.',
      };
    if (!analysis.result) {
      const why =
        analysis.skipped === 'time-limit'
          ? 'took longer than postmortem.analysisTimeLimitMs to analyse'
          : 'is larger than postmortem.maxFileSizeKB';
      return { version, problem: `This postmortem ${why}, so it is not analysed and nothing can be inserted.` };
    }
    return { version, result: analysis.result };
  }

  function snippetResult(version: number, result: AnalysisResult, authoring: AuthoringResult): SnippetEditResult {
    if ('problem' in authoring) return { version, problem: authoring.problem };
    const { start, end, snippet } = authoring.insertion;
    return { version, range: toLspRange(result.model.lines.range(start, end)), snippet };
  }

  connection.onRequest(MissingSectionEditsRequest.method, async ({ uri }: AuthoringParams): Promise<MissingSectionEditsResult> => {
    const found = await analysed(uri);
    if ('problem' in found) return found;
    const { model, profile } = found.result;
    const edits = missingSectionEdits(model, profile).map((edit) => ({
      range: toLspRange(model.lines.range(edit.start, edit.end)),
      newText: edit.text,
    }));
    return { version: found.version, edits };
  });

  connection.onRequest(TimelineEntryRequest.method, async ({ uri, now }: TimelineEntryParams): Promise<SnippetEditResult> => {
    const found = await analysed(uri);
    if ('problem' in found) return found;
    const time = new Date(now);
    if (Number.isNaN(time.getTime()))
      return { version: found.version, problem: `"${now}" is not a time the timeline entry can be stamped with.` };
    return snippetResult(found.version, found.result, timelineEntryInsertion(found.result.model, time));
  });

  connection.onRequest(ActionItemRequest.method, async ({ uri }: AuthoringParams): Promise<SnippetEditResult> => {
    const found = await analysed(uri);
    if ('problem' in found) return found;
    return snippetResult(found.version, found.result, actionItemInsertion(found.result.model));
  });
}
