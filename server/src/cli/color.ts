// Whether stylish output is coloured: --color/--no-color win; then FORCE_COLOR (any value but "0"
// or "false" turns colours on, and it wins over NO_COLOR, as in Node.js); then NO_COLOR (any
// non-empty value: https://no-color.org); else colours on a terminal only, never in --output-file.
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, toTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return toTerminal;
}
