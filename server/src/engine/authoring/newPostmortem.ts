// The text and file name of a new postmortem, from a template and the author's answers. Pure:
// the VS Code command asks the questions and writes the file; this decides what goes in it.
import { Document, isMap, parseDocument } from 'yaml';
import type { BuiltInTemplate } from './templates';
import { renderTemplateBody } from './templates';

export interface NewPostmortemAnswers {
  title: string;
  /** The incident date, YYYY-MM-DD. */
  date: string;
  /** One of SEVERITIES' ids. */
  severity: string;
  /** From git's user.name when it is known; may be empty. */
  authors: string[];
}

export const SEVERITIES: readonly { id: string; description: string }[] = [
  { id: 'SEV1', description: 'Critical: a core service down or data lost for many customers' },
  { id: 'SEV2', description: 'Major: a core feature degraded or unavailable for some customers' },
  { id: 'SEV3', description: 'Minor: limited impact, a workaround exists' },
  { id: 'SEV4', description: 'Low: little or no customer impact; worth learning from' },
];

/** A real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** "Checkout outage: 502s on /pay" → "checkout-outage-502s-on-pay"; accents dropped, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'postmortem';
}

/** `2024-03-12-checkout-outage.md`, then `…-2.md`, `…-3.md` for the attempts after a name was taken. */
export function postmortemFileName(answers: Pick<NewPostmortemAnswers, 'date' | 'title'>, attempt = 1): string {
  return `${answers.date}-${slugify(answers.title)}${attempt > 1 ? `-${attempt}` : ''}.md`;
}

/** The front matter fields every new postmortem gets; `type: postmortem` makes it one wherever it is saved. */
function frontMatterFields(answers: NewPostmortemAnswers, template: string, profile?: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    title: answers.title,
    date: answers.date,
    severity: answers.severity,
    status: 'draft',
    authors: answers.authors,
    template,
  };
  if (profile) fields.profile = profile;
  fields.type = 'postmortem';
  return fields;
}

function withFrontMatter(yaml: string, body: string): string {
  return `---\n${yaml.replace(/\n*$/, '\n')}---\n\n${body.replace(/^\s*\n/, '')}`;
}

/** A new postmortem from a built-in template; `profile:` names the profile its sections are checked against. */
export function newPostmortemFromBuiltIn(template: BuiltInTemplate, answers: NewPostmortemAnswers): string {
  const fields = frontMatterFields(answers, template.id, template.profile.id);
  return withFrontMatter(String(new Document(fields)), renderTemplateBody(template, answers.title));
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * A new postmortem from a workspace template (`.postmortem/templates/NAME.md`), read as plain
 * text and never executed. The template's own front matter is kept (a `profile:` in it decides
 * the checks) with the answers set over it; `{{title}}`, `{{date}}`, `{{severity}}` and
 * `{{authors}}` in the body are replaced. Throws an Error with a readable message when the
 * template's front matter is not YAML.
 */
export function newPostmortemFromWorkspaceTemplate(templateText: string, templateName: string, answers: NewPostmortemAnswers): string {
  const text = templateText.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(text);
  const document = match ? parseDocument(match[1]!) : new Document({});
  if (document.errors.length > 0)
    throw new Error(`The front matter of the template "${templateName}" is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
  if (match && !isMap(document.contents))
    throw new Error(`The front matter of the template "${templateName}" is not a list of "key: value" fields.`);
  for (const [key, value] of Object.entries(frontMatterFields(answers, templateName))) document.set(key, value);
  const values: Record<string, string> = {
    title: answers.title,
    date: answers.date,
    severity: answers.severity,
    authors: answers.authors.join(', '),
  };
  const body = (match ? text.slice(match[0].length) : text).replace(
    /\{\{\s*(title|date|severity|authors)\s*\}\}/g,
    (_, name: string) => values[name]!,
  );
  return withFrontMatter(String(document), body);
}
