// SARIF 2.1.0, for code-scanning dashboards: rule metadata with help text and URI, one result per finding.
import { pathToFileURL } from 'node:url';
import { RULES, ruleUrl, type Finding } from '../../engine';
import type { FileReport } from '../report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

export function formatSarif(reports: FileReport[], version: string): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'postmortem-lint',
          version,
          informationUri: ruleUrl('rules').replace(/#rules$/, ''),
          rules: RULES.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            fullDescription: { text: rule.explanation },
            help: { text: `${rule.description} ${rule.explanation}`, markdown: `${rule.description}\n\n${rule.explanation}\n\n[Documentation](${ruleUrl(rule.id)})` },
            helpUri: ruleUrl(rule.id),
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' },
          })),
        },
      },
      results: reports.flatMap((report) => [
        ...(report.error ? [{ ruleId: 'postmortem-lint', level: 'error', message: { text: report.error }, locations: [location(report.filePath)] }] : []),
        ...report.findings.map((finding) => result(finding, report.filePath, ruleIndex.get(finding.ruleId) ?? -1)),
      ]),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(finding: Finding, filePath: string, ruleIndex: number) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location(filePath, finding)],
    ...(finding.category ? { properties: { category: finding.category } } : {}),
  };
}

function location(filePath: string, finding?: Finding) {
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToFileURL(filePath).href },
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
