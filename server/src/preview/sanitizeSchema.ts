// What the preview lets through from a document, which may come from any repository. Stricter
// than hast-util-sanitize's GitHub-like default: only the elements Markdown itself produces (plus
// a few harmless inline ones people write as HTML), no `style`, no event handlers, no forms, no
// embedded content (iframe, object, svg, math, picture/srcset), and URLs limited to http(s) and
// mailto. The preview's own annotations (source lines, finding marks) are added after this pass,
// so a document can never forge them.
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const TEXT_BLOCKS = ['p', 'blockquote', 'pre', 'hr', 'br', 'div', 'span', 'details', 'summary'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const LISTS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd'];
const TABLES = ['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];
const INLINE = [
  'a',
  'b',
  'strong',
  'i',
  'em',
  'code',
  'kbd',
  'samp',
  'var',
  'del',
  's',
  'strike',
  'ins',
  'sub',
  'sup',
  'q',
  'abbr',
  'mark',
  'ruby',
  'rt',
  'rp',
  'img',
  'input',
  'section',
];

export const PREVIEW_SCHEMA: Schema = {
  // Keeps the default's table ancestry rules, the clobber prefix for ids and names, and the
  // required attributes of task-list checkboxes.
  ancestors: defaultSchema.ancestors,
  clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
  clobberPrefix: 'user-content-',
  required: defaultSchema.required,
  tagNames: [...TEXT_BLOCKS, ...HEADINGS, ...LISTS, ...TABLES, ...INLINE],
  attributes: {
    a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref'], 'ariaDescribedBy', 'ariaLabel'],
    img: ['src', 'alt', 'width', 'height'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    code: [['className', /^language-[\w+-]+$/]],
    li: [['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    // GFM footnotes: the section and its visually hidden label.
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [['className', 'sr-only']],
    th: ['align', 'colSpan', 'rowSpan'],
    td: ['align', 'colSpan', 'rowSpan'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    details: ['open'],
    '*': ['id', 'title', 'lang', 'dir'],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  // Dropped with their content: code, style sheets and embedded documents are not text a reader
  // of the postmortem should see. Other unknown elements (svg, math, form…) are unwrapped: their
  // text stays, every element inside passes this same allowlist, and one left unclosed does not
  // take the rest of the document with it.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'noembed',
    'noframes',
    'xmp',
    'plaintext',
    'title',
    'head',
    'link',
    'meta',
    'base',
    'textarea',
    'select',
  ],
};
