// Whether an open document is a postmortem: the engine decides (engine/workspace/postmortemFiles.ts),
// from the document's path in its workspace folder, its text, the effective configuration, and
// whether the user opted it in with "Postmortem: Lint This File". The CLI asks the same question.
import type { PostmortemDecision } from '../engine';
import type { DocumentConfiguration } from './configurations';

export function decidePostmortem(configuration: DocumentConfiguration, text: string, optedIn: boolean): Promise<PostmortemDecision> {
  return configuration.workspace.decide(configuration.document, text, configuration.config, optedIn);
}
