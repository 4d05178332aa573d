// The answer to postmortem/model: the cached model reduced to JSON-safe data with LSP ranges, for
// the status bar and the structure view (the client never parses Markdown itself).
import { requiredSectionStatus, toLspRange } from '../engine';
import { isMissing } from '../engine/rules/actionItemFields';
import { timelineSpan } from '../engine/timelineClock';
import type { DocumentAnalysis } from './documentAnalyses';
import type { ModelSummary } from './protocol';

export function modelSummary(analysis: DocumentAnalysis): ModelSummary {
  const { configuration } = analysis;
  const summary: ModelSummary = {
    uri: analysis.uri,
    version: analysis.version,
    metadata: {},
    profile: { id: '', label: '' },
    requiredSections: [],
    sections: [],
    actionItems: [],
    findings: { total: 0, error: 0, warning: 0, info: 0, byRule: {} },
    configurationErrors: configuration.errors.map((error) => error.message),
    configFile: configuration.configFilePath,
    configFileIgnored: configuration.configFileIgnored || undefined,
  };
  if (analysis.skipped) summary.skipped = analysis.skipped;
  const result = analysis.result;
  if (!result) return summary;

  const { model, profile, findings } = result;
  const range = (start: number, end: number) => toLspRange(model.lines.range(start, end));
  const { title, date, status, severity, authors, type, profile: documentProfile } = model.metadata;
  const duration = model.metadata.fields.duration;
  summary.metadata = withoutUndefined({ title, date, status, severity, authors, type, profile: documentProfile, duration });
  summary.profile = { id: profile.id, label: profile.label };
  summary.requiredSections = requiredSectionStatus(model, profile).map(({ definition, section }) => {
    const found = section === undefined ? undefined : model.sections[section]!;
    const inside = found
      ? findings.filter(
          (finding) =>
            finding.range.start.offset >= found.headingStart && finding.range.start.offset < Math.max(found.end, found.headingEnd),
        ).length
      : 0;
    return withoutUndefined({
      title: definition.title,
      status: !found ? 'missing' : found.isEmpty ? 'empty' : 'present',
      range: found && range(found.headingStart, found.headingEnd),
      extent: found && range(found.headingStart, Math.max(found.end, found.headingEnd)),
      findings: inside,
    });
  });
  summary.sections = model.sections.map((section) =>
    withoutUndefined({
      title: section.title,
      level: section.level,
      parent: section.parent,
      isEmpty: section.isEmpty,
      range: range(section.headingStart, Math.max(section.end, section.headingEnd)),
      headingRange: range(section.headingStart, section.headingEnd),
    }),
  );
  summary.actionItems = model.actionItems.map((item) =>
    withoutUndefined({
      text: item.text,
      owner: item.owner?.value || undefined,
      due: item.due?.value || undefined,
      ticket: item.ticket?.value || undefined,
      ownerMissing: isMissing(item.owner),
      range: range(item.start, item.end),
    }),
  );
  if (model.timeline) {
    const { entries } = model.timeline;
    const span = timelineSpan(model.timeline);
    summary.timeline = withoutUndefined({
      section: model.timeline.section,
      entries: entries.map((entry) => ({ time: entry.time, text: entry.text, range: range(entry.start, entry.end) })),
      span:
        span &&
        withoutUndefined({ first: entries.indexOf(span.first), last: entries.indexOf(span.last), durationMinutes: span.durationMinutes }),
    });
  }
  for (const finding of findings) {
    summary.findings.total++;
    summary.findings[finding.severity]++;
    summary.findings.byRule[finding.ruleId] = (summary.findings.byRule[finding.ruleId] ?? 0) + 1;
  }
  return summary;
}

/** JSON drops undefined anyway; dropping it here keeps the object equal to what the client receives. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
