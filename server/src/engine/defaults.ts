// What applies when the configuration says nothing.
export const DEFAULT_PROFILE = 'minimal';

/** Globs of the files that are postmortems, relative to the root folder. */
export const DEFAULT_FILES = [
  '**/postmortems/**/*.md',
  '**/post-mortems/**/*.md',
  '**/*postmortem*.md',
  '**/*post-mortem*.md',
  '**/incidents/**/*.md',
  '**/incident-reviews/**/*.md',
];

/** Larger files are not analysed: reported as too large in the editor, skipped with a note by the report. */
export const DEFAULT_MAX_FILE_SIZE_KB = 1024;
