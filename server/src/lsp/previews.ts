// The answers to postmortem/preview and postmortem/sectionInsertion, from the cached analysis.
// A rendering is kept with the analysis it came from, so the preview asking again for the same
// version (a theme change, a second panel, a scroll-triggered refresh) costs nothing.
import { requiredSectionStatus, sectionInsertion, toLspRange } from '../engine';
import { formatDuration } from '../engine/timelineClock';
import { renderPreview } from '../preview/renderPreview';
import type { DocumentAnalysis } from './documentAnalyses';
import { modelSummary } from './modelSummary';
import type { ModelSummary, PreviewHeader, PreviewParams, PreviewResult, SectionInsertionResult } from './protocol';

const renderings = new WeakMap<DocumentAnalysis, { key: string; result: PreviewResult }>();

export function preview(analysis: DocumentAnalysis, params: PreviewParams): PreviewResult {
  const key = JSON.stringify([params.resourceRoot ?? null, !!params.allowRemoteImages]);
  const cached = renderings.get(analysis);
  if (cached?.key === key) return cached.result;
  const summary = modelSummary(analysis);
  const html = analysis.result
    ? renderPreview(analysis.result, {
        documentUri: analysis.uri,
        resourceRoot: params.resourceRoot,
        allowRemoteImages: !!params.allowRemoteImages,
      })
    : `<p class="preview-notice">This postmortem is larger than postmortem.maxFileSizeKB, so it is neither checked nor previewed.</p>`;
  const result: PreviewResult = { uri: analysis.uri, version: analysis.version, html, header: previewHeader(summary) };
  renderings.set(analysis, { key, result });
  return result;
}

/** The figures at the top of the preview, from the same summary the status bar shows. */
export function previewHeader(summary: ModelSummary): PreviewHeader {
  const { metadata, requiredSections, actionItems, timeline, findings } = summary;
  const minutes = timeline?.span?.durationMinutes;
  const duration = metadata.duration ?? (minutes === undefined ? undefined : formatDuration(minutes));
  return {
    title: metadata.title || undefined,
    date: metadata.date || undefined,
    severity: metadata.severity || undefined,
    status: metadata.status || undefined,
    duration: duration || undefined,
    sections: { present: requiredSections.filter((section) => section.status !== 'missing').length, required: requiredSections.length },
    actionItems: { owned: actionItems.filter((item) => !item.ownerMissing).length, total: actionItems.length },
    findings: findings.total,
  };
}

/** The missing-section fix for one required section, as an LSP edit of this version. */
export function sectionInsertionEdit(analysis: DocumentAnalysis, title: string): SectionInsertionResult | null {
  const result = analysis.result;
  if (!result) return null;
  const statuses = requiredSectionStatus(result.model, result.profile);
  const index = statuses.findIndex((status) => status.definition.title === title && status.section === undefined);
  const edit = index < 0 ? undefined : sectionInsertion(result.model, statuses, index);
  if (!edit) return null;
  return { version: analysis.version, range: toLspRange(result.model.lines.range(edit.start, edit.end)), newText: edit.text };
}
