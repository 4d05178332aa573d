// Findings → LSP diagnostics, written once: code = rule id, codeDescription.href = the rule's
// docs, source "postmortem", and in `data` which finding of which analysis it shows, from which
// the code-action builder makes its fixes.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleUrl, toLspRange, type ConfigError, type Finding, type Severity } from '../engine';
import { SETTINGS_SOURCE } from './settings';

export const DIAGNOSTIC_SOURCE = 'postmortem';

/** `Diagnostic.code` of a problem with `.postmortemrc.json` or the settings (not a rule). */
export const CONFIGURATION_CODE = 'configuration';

/** The README's Configuration section, a sibling of the rule sections. */
const CONFIGURATION_DOCS_URL = ruleUrl('configuration');

/** What a diagnostic carries in `data`. */
export interface DiagnosticData {
  /**
   * The id of the analysis the diagnostic was made from: fixes apply only while it is the
   * document's current analysis. (A version number would not do: a client may send one version
   * twice with different text.)
   */
  analysis: number;
  /** The document version analysed: VS Code's diagnostics do not keep the version they were published for. */
  version: number;
  /**
   * The finding's place among that analysis's findings. Its fixes become edits when code actions
   * are asked for (codeActions.ts), not here: every keystroke publishes every diagnostic again,
   * and their edits were two fifths of what was sent.
   */
  finding: number;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The diagnostic of `finding`, the `index`th finding of `analysis`. */
export function findingToDiagnostic(finding: Finding, index: number, analysis: { id: number; version: number }): Diagnostic {
  const data: DiagnosticData = { analysis: analysis.id, version: analysis.version, finding: index };
  return {
    range: toLspRange(finding.range),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

/** A configuration layer that was dropped, shown on the first line of each document it affects. */
export function configurationDiagnostic(error: ConfigError): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: CONFIGURATION_CODE,
    codeDescription: { href: CONFIGURATION_DOCS_URL },
    source: DIAGNOSTIC_SOURCE,
    message: configurationMessage(error),
  };
}

/** What is wrong, and what the server does until it is fixed. */
export function configurationMessage(error: ConfigError): string {
  const ignored =
    error.source === SETTINGS_SOURCE ? 'those settings are ignored' : 'this file is ignored and the settings and defaults apply';
  return `${error.message}. Until this is fixed, ${ignored}.`;
}

export function isOwnDiagnostic(diagnostic: Diagnostic): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE;
}
