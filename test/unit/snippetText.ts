// Snippet syntax rendered as the text the editor shows right after inserting it, for readable
// expectations: the first tab stop is `‸` followed by its default, other tab stops show their
// default, a choice its first value, `$0` nothing, `${NAME}` the value given for that variable.
// Only the syntax the engine writes is handled.
export function snippetAsText(snippet: string, variables: Record<string, string> = {}): string {
  let result = '';
  for (let at = 0; at < snippet.length; at++) {
    const character = snippet[at]!;
    if (character === '\\' && /[$}\\,|]/.test(snippet[at + 1] ?? '')) {
      result += snippet[++at];
      continue;
    }
    if (character !== '$') {
      result += character;
      continue;
    }
    const simple = /^\$(\d+)/.exec(snippet.slice(at));
    if (simple) {
      result += simple[1] === '1' ? '‸' : '';
      at += simple[0].length - 1;
      continue;
    }
    const variable = /^\$\{([A-Z_]+)\}/.exec(snippet.slice(at));
    if (variable) {
      if (!(variable[1]! in variables)) throw new Error(`No value for the snippet variable ${variable[1]}`);
      result += variables[variable[1]!];
      at += variable[0].length - 1;
      continue;
    }
    const braced = /^\$\{(\d+)(?::((?:\\.|[^\\}])*)|\|((?:\\.|[^\\|])*)\|)?\}/.exec(snippet.slice(at));
    if (!braced) throw new Error(`Unsupported snippet syntax at ${at}: ${snippet.slice(at, at + 20)}`);
    const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
    const value = braced[2] !== undefined ? unescape(braced[2]) : braced[3] !== undefined ? unescape(braced[3].split(/(?<!\\),/)[0]!) : '';
    result += (braced[1] === '1' ? '‸' : '') + value;
    at += braced[0].length - 1;
  }
  return result;
}
