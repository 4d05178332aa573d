// What the Output channel ("Postmortem Authoring") says about each document: which configuration
// file and profile apply (when first checked, and whenever that changes), and how long each
// analysis took. Through window/logMessage, which the client writes to its log output channel.
import type { Connection } from 'vscode-languageserver';
import type { DocumentAnalysis } from './documentAnalyses';

export class AnalysisLog {
  /** What was last said about each document's configuration. */
  private readonly configurationSaid = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  /** An analysis about to be published. */
  published(analysis: DocumentAnalysis): void {
    if (!analysis.isPostmortem) return;
    const name = analysis.configuration.relativePath ?? analysis.uri;
    const configuration = describeConfiguration(analysis);
    if (this.configurationSaid.get(analysis.uri) !== configuration) {
      this.configurationSaid.set(analysis.uri, configuration);
      this.connection.console.info(`${name}: ${configuration}.`);
    }
    const result = analysis.result;
    const outcome = result
      ? `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`
      : analysis.skipped === 'too-large'
        ? 'not checked, larger than postmortem.maxFileSizeKB'
        : 'given up after postmortem.analysisTimeLimitMs';
    this.connection.console.info(
      `Checked ${name} (version ${analysis.version}, ${analysis.text.length} characters) in ${Math.round(analysis.durationMs)} ms: ${outcome}.`,
    );
  }

  forget(uri: string): void {
    this.configurationSaid.delete(uri);
  }
}

function describeConfiguration({ configuration, result }: DocumentAnalysis): string {
  const { configFile, configFileIgnored, settings } = configuration;
  const file = configFile
    ? `configuration file ${configFile.path}${configFile.error ? ' (invalid, ignored)' : ''}`
    : configFileIgnored
      ? 'its .postmortemrc.json is ignored (the workspace is not trusted)'
      : 'no .postmortemrc.json';
  if (!result) return file;
  const profile = result.profile.id;
  const from =
    result.model.metadata.profile && result.model.metadata.profile.trim().toLowerCase() === profile
      ? 'its front matter'
      : settings.config.profile === profile
        ? 'the postmortem.profile setting'
        : configFile?.config?.profile === profile || (profile === 'custom' && configFile?.config?.sections)
          ? 'the configuration file'
          : 'the default';
  return `profile ${profile} (from ${from}), ${file}`;
}
