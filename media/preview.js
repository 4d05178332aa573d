// @ts-check
// The preview webview's only script (loaded by nonce; see client/src/preview/previewHtml.ts).
// It puts the server's sanitized HTML on the page, draws the header from plain figures with
// textContent (never as HTML), scrolls with the editor, and reports clicks on blocks so the
// extension can reveal their source line. Messages: client/src/preview/previewMessages.ts.
(function () {
  const vscode = acquireVsCodeApi();
  const header = /** @type {HTMLElement} */ (document.getElementById('postmortem-header'));
  const content = /** @type {HTMLElement} */ (document.getElementById('postmortem-content'));
  /** Blocks with a source line, sorted by line; rebuilt after each update. */
  let blocks = /** @type {{ line: number, element: HTMLElement }[]} */ ([]);
  let pendingScrollLine = /** @type {number | undefined} */ (undefined);

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') render(message);
    else if (message.type === 'scrollTo' && Number.isInteger(message.line)) scrollSoon(message.line);
    else if (message.type === 'notice' && typeof message.text === 'string') showNotice(message.text);
  });

  /** @param {{ html: string, uri?: string, version: number, header: Record<string, any>, line?: number }} message */
  function render(message) {
    // Kept by VS Code across a window reload: the extension's serializer reopens the preview of this document.
    if (typeof message.uri === 'string') vscode.setState({ uri: message.uri });
    renderHeader(message.header || {});
    // The HTML was sanitized by the language server; the page's CSP would block anything it missed.
    content.innerHTML = message.html;
    blocks = [...content.querySelectorAll('[data-line]')]
      .map((element) => ({ line: Number(element.getAttribute('data-line')), element: /** @type {HTMLElement} */ (element) }))
      .filter((block) => Number.isInteger(block.line))
      .sort((a, b) => a.line - b.line);
    if (Number.isInteger(message.line)) scrollToLine(/** @type {number} */ (message.line));
    vscode.postMessage({ type: 'rendered', version: message.version });
  }

  /** @param {Record<string, any>} figures */
  function renderHeader(figures) {
    header.replaceChildren();
    const title = document.createElement('div');
    title.className = 'postmortem-title';
    title.textContent = typeof figures.title === 'string' ? figures.title : 'Untitled postmortem';
    header.append(title);
    const facts = document.createElement('dl');
    facts.className = 'postmortem-facts';
    const add = (/** @type {string} */ field, /** @type {string} */ label, /** @type {unknown} */ value, warn = false) => {
      if (value === undefined || value === null || value === '') return;
      const fact = document.createElement('div');
      fact.className = warn ? 'fact fact-warning' : 'fact';
      fact.dataset.field = field;
      const term = document.createElement('dt');
      term.textContent = label;
      const description = document.createElement('dd');
      description.textContent = String(value);
      fact.append(term, description);
      facts.append(fact);
    };
    const sections = figures.sections || { present: 0, required: 0 };
    const actions = figures.actionItems || { owned: 0, total: 0 };
    add('date', 'Date', figures.date);
    add('severity', 'Severity', figures.severity);
    add('status', 'Status', figures.status);
    add('duration', 'Duration', figures.duration);
    add('sections', 'Sections', `${sections.present}/${sections.required}`, sections.present < sections.required);
    add('actionItems', 'Action items with owner', `${actions.owned}/${actions.total}`, actions.owned < actions.total);
    add('findings', 'Findings', figures.findings, figures.findings > 0);
    header.append(facts);
  }

  /** @param {string} text */
  function showNotice(text) {
    header.replaceChildren();
    const notice = document.createElement('p');
    notice.className = 'preview-notice';
    notice.textContent = text;
    content.replaceChildren(notice);
    blocks = [];
  }

  /** Editor scroll events come in bursts: follow the last one, once per frame. */
  function scrollSoon(/** @type {number} */ line) {
    if (pendingScrollLine === undefined) {
      requestAnimationFrame(() => {
        if (pendingScrollLine !== undefined) scrollToLine(pendingScrollLine);
        pendingScrollLine = undefined;
      });
    }
    pendingScrollLine = line;
  }

  /** Puts the block of `line` at the top, part-way between it and the next block for lines in between. */
  function scrollToLine(/** @type {number} */ line) {
    if (blocks.length === 0) return;
    let index = 0;
    while (index + 1 < blocks.length && blocks[index + 1].line <= line) index++;
    const before = blocks[index];
    const after = blocks[index + 1];
    const top = (/** @type {HTMLElement} */ element) => element.getBoundingClientRect().top + window.scrollY;
    let y = top(before.element);
    if (after && after.line > before.line && line > before.line)
      y += ((top(after.element) - y) * (line - before.line)) / (after.line - before.line);
    if (line === 0) y = 0;
    window.scrollTo(0, Math.max(0, y - header.offsetHeight));
  }

  document.addEventListener('click', (event) => {
    const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
    // Links are for following (VS Code opens them), not for going to the source.
    if (!target || target.closest('a')) return;
    const block = target.closest('[data-line]');
    const line = block ? Number(block.getAttribute('data-line')) : NaN;
    if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'reveal', line });
  });

  vscode.postMessage({ type: 'ready' });
})();
