// The one place where offsets, 1-based points (unist, CLI output) and 0-based positions (LSP)
// are converted into each other.
import type { Point, Range } from './types';

export class LineIndex {
  /** Offset at which each line starts. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The usual text, built on every keystroke: indexOf finds the line feeds faster than a loop reads each character.
      for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) starts.push(newline + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 /* \n */) starts.push(i + 1);
        else if (code === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the start of a 1-based line (clamped to the document). */
  lineStart(line: number): number {
    const index = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
    return this.lineStarts[index]!;
  }

  /** Offset just past the last character of a 1-based line, before its line ending. */
  lineEnd(line: number): number {
    const next = line < this.lineStarts.length ? this.lineStarts[line]! : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  point(offset: number): Point {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1, offset: clamped };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** Offset of a 0-based LSP position, clamped to the document. */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(position.character, 0), this.lineEnd(position.line + 1));
  }
}

/** A 1-based unist point as a 0-based LSP position. */
export function toLspPosition(point: Point): { line: number; character: number } {
  return { line: point.line - 1, character: point.column - 1 };
}

export function toLspRange(range: Range): {
  start: { line: number; character: number };
  end: { line: number; character: number };
} {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}
