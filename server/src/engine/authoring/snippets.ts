// The Markdown snippets the extension contributes (snippets/postmortem.code-snippets), built from
// the same vocabulary as the templates so that a section typed from a snippet reads exactly like
// one a template wrote. A unit test keeps the committed file equal to this.
import { ACTION_TYPES } from '../model/actionItems';
import { BUILT_IN_PROFILES, SECTION_DEFINITIONS } from '../vocabulary';
import { SEVERITIES } from './newPostmortem';
import { choice, literal } from './snippetSyntax';
import { defaultSection, type TemplateSection } from './templates';

export interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

// VS Code has no UTC time variables: a snippet writes local time with its offset, which the
// timeline-order rule reads as a timezone. "Insert Timeline Entry" writes the timeline's own zone.
const NOW = '${CURRENT_HOUR}:${CURRENT_MINUTE} ${CURRENT_TIMEZONE_OFFSET}';
const LOCAL_TIME_NOTE =
  'local time and UTC offset, e.g. 14:02 +02:00; VS Code offers no UTC variables, "Postmortem: Insert Timeline Entry" writes UTC';
export const STATUSES = ['draft', 'in review', 'reviewed', 'closed'];

export function postmortemSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {
    'Postmortem metadata': {
      prefix: 'pm-metadata',
      body: [
        '---',
        'title: ${1:title}',
        'date: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}',
        `severity: ${choice(
          2,
          SEVERITIES.map((severity) => severity.id),
        )}`,
        `status: ${choice(3, STATUSES)}`,
        'authors: [$4]',
        `profile: ${choice(5, [...BUILT_IN_PROFILES.keys()])}`,
        'type: postmortem',
        '---',
        '',
        '$0',
      ],
      description: 'Front matter of a postmortem: title, date (today), severity, status, authors, profile and type: postmortem.',
    },
    'Action item (table row)': {
      prefix: 'pm-action',
      body: [`| \${1:TODO: what will change} | ${choice(2, ACTION_TYPES)} | \${3:owner} | $4 |`],
      description: 'A row of an Action Item | Type | Owner | Bug table: the change, its type, an owner and a ticket.',
    },
    'Action item (list item)': {
      prefix: 'pm-action-item',
      body: [`- \${1:TODO: what will change} — owner: \${2:owner}, type: ${choice(3, ACTION_TYPES)}, ticket: $4`],
      description: 'An action item as a list item, with owner, type and ticket written so the checks find them.',
    },
    'Timeline entry (list item)': {
      prefix: 'pm-time',
      body: [`- ${NOW} — $0`],
      description: `A timeline entry stamped with the current time (${LOCAL_TIME_NOTE}).`,
    },
    'Timeline entry (table row)': {
      prefix: 'pm-time-row',
      body: [`| ${NOW} | $0 |`],
      description: `A Time | Event row stamped with the current time (${LOCAL_TIME_NOTE}).`,
    },
    'Lessons learned': {
      prefix: 'pm-lessons',
      body: bodyLines({ title: '', body: [], subsections: defaultSection(SECTION_DEFINITIONS.get('lessons-learned')!).subsections }, 3),
      description: 'The three questions of the Google SRE template: What went well, What went wrong, Where we got lucky.',
    },
  };
  for (const definition of SECTION_DEFINITIONS.values()) {
    snippets[`Section: ${definition.title}`] = {
      prefix: `pm-${definition.id}`,
      body: bodyLines(defaultSection(definition), 2),
      description: `The "${definition.title}" section with its prompt: ${definition.prompt}`,
    };
  }
  return snippets;
}

/** The section as snippet lines: each TODO prompt becomes a placeholder, everything else is literal. */
function bodyLines(section: TemplateSection, level: number): string[] {
  let stop = 0;
  const text = (lines: string[]) => lines.map((line) => (line.startsWith('TODO') ? `\${${++stop}:${literal(line)}}` : literal(line)));
  const lines: string[] = section.title ? [`${'#'.repeat(level)} ${literal(section.title)}`, '', ...text(section.body)] : [];
  for (const subsection of section.subsections) {
    if (lines.length > 0) lines.push('');
    lines.push(`${'#'.repeat(section.title ? level + 1 : level)} ${literal(subsection.title)}`, '', ...text(subsection.body));
  }
  return [...lines, '$0'];
}

/** The file as committed: stable key order, two-space indentation, a final newline. */
export function postmortemSnippetsFile(): string {
  return `${JSON.stringify(postmortemSnippets(), null, 2)}\n`;
}
