// SARIF 2.1.0 for code scanning: portable paths (relative to %SRCROOT%, the working directory,
// which GitHub maps to the checkout), UTF-16 columns as the engine counts them, rule metadata with
// help text and URI, one result per finding, silenced findings as suppressed results, and files
// that could not be read as tool notifications.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleUrl, type Finding } from '../../engine';
import type { FileReport } from '../report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;
export const SRCROOT = '%SRCROOT%';

export function formatSarif(reports: FileReport[], version: string, cwd: string): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const where = (report: FileReport, finding?: Finding) => location(artifact(report.filePath, cwd), finding);
  const result = (report: FileReport, finding: Finding, suppressed: boolean) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [where(report, finding)],
    ...(suppressed ? { suppressions: [{ kind: 'inSource' }] } : {}),
    ...(finding.category ? { properties: { category: finding.category } } : {}),
  });
  const unread = reports.filter((report) => report.error !== undefined);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem-lint',
            version,
            semanticVersion: version,
            informationUri: ruleUrl('rules').replace(/#rules$/, ''),
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.explanation },
              help: {
                text: `${rule.description} ${rule.explanation} ${ruleUrl(rule.id)}`,
                markdown: `${rule.description}\n\n${rule.explanation}\n\n[Documentation](${ruleUrl(rule.id)})`,
              },
              helpUri: ruleUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' },
              properties: { tags: ['postmortem', 'documentation'] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: unread.length === 0,
            toolExecutionNotifications: unread.map((report) => ({
              level: 'error',
              message: { text: report.error },
              locations: [where(report)],
            })),
          },
        ],
        results: reports.flatMap((report) => [
          ...report.findings.map((finding) => result(report, finding, false)),
          ...report.suppressed.map((finding) => result(report, finding, true)),
        ]),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A path under the working directory relative to %SRCROOT%, each segment URI-encoded; any other as a file URI. */
function artifact(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!path.isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) };
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function location(artifactLocation: { uri: string; uriBaseId?: string }, finding?: Finding) {
  return {
    physicalLocation: {
      artifactLocation,
      ...(finding
        ? {
            region: {
              startLine: finding.range.start.line,
              startColumn: finding.range.start.column,
              endLine: finding.range.end.line,
              endColumn: finding.range.end.column,
            },
          }
        : {}),
    },
  };
}
