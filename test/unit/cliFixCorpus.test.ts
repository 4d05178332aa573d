// `postmortem-lint --fix` on copies of the real postmortems in ../shared/corpus/real/ (skipped, with
// a note, where that folder is absent): every region that a line diff of a file finds changed is
// exactly the work of the safe fixes applied there, and nothing else in the file moved.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../server/src/cli/main';
import { PostmortemAnalyzer, RULES, applyEdits, safeFixEdits, type PostmortemConfig, type TextEdit } from '../../server/src/engine';
import { CORPUS } from './corpus.test';
import { splice } from './engineInvariants';

const CONTEXT = 2;

class Discard extends Writable {
  override _write(_chunk: Buffer, _encoding: string, done: () => void): void {
    done();
  }
}

/** Lines with their line endings, so that offsets add up. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

interface Region {
  /** Offsets in the text before. */
  start: number;
  end: number;
  /** The same region's offsets in the text after. */
  afterStart: number;
  afterEnd: number;
}

/**
 * The regions where `after` differs from `before`, from a longest-common-subsequence diff of their
 * lines, each widened by two unchanged lines on both sides, overlapping ones merged. The widening
 * is for the diff's freedom: "text" + "\n\n## Impact…" + "\n\n" reads as well as "## Impact…\n\n"
 * inserted after the blank line, a line below where the fix put it.
 */
function changedRegions(before: string, after: string): Region[] {
  const a = linesOf(before);
  const b = linesOf(after);
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  }
  // Runs of changed lines, as [first line, end line) in both texts.
  const runs: [number, number, number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const [startA, startB] = [i, j];
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i] === b[j])) {
      if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) i++;
      else j++;
    }
    runs.push([startA, i, startB, j]);
  }
  const offsetsA = [0];
  for (const line of a) offsetsA.push(offsetsA[offsetsA.length - 1]! + line.length);
  const offsetsB = [0];
  for (const line of b) offsetsB.push(offsetsB[offsetsB.length - 1]! + line.length);
  const regions: Region[] = [];
  for (const [startA, endA, startB, endB] of runs) {
    const above = Math.min(CONTEXT, startA, startB);
    const below = Math.min(CONTEXT, a.length - endA, b.length - endB);
    const region = {
      start: offsetsA[startA - above]!,
      end: offsetsA[endA + below]!,
      afterStart: offsetsB[startB - above]!,
      afterEnd: offsetsB[endB + below]!,
    };
    const last = regions[regions.length - 1];
    if (last && region.start <= last.end)
      Object.assign(last, { end: Math.max(last.end, region.end), afterEnd: Math.max(last.afterEnd, region.afterEnd) });
    else regions.push(region);
  }
  return regions;
}

describe('postmortem-lint --fix on the real corpus', function () {
  this.timeout(120_000);
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((file) => file.endsWith('.md') && file !== 'README.md') : [];
  before(function () {
    if (files.length === 0) {
      console.log(`      (skipped: no corpus at ${CORPUS})`);
      this.skip();
    }
  });

  for (const profile of ['google-sre', 'minimal']) {
    it(`changes only the ranges of the safe fixes it applies (${profile} profile)`, async () => {
      // Every file counts as a postmortem, whatever its title.
      const config: PostmortemConfig = {
        profile,
        files: ['**/*.md'],
        rules: Object.fromEntries(RULES.map((rule) => [rule.id, 'warning' as const])),
      };
      const folder = mkdtempSync(join(tmpdir(), 'postmortem-fix-'));
      try {
        for (const file of files) copyFileSync(join(CORPUS, file), join(folder, file));
        writeFileSync(join(folder, '.postmortemrc.json'), JSON.stringify(config));
        assert.equal(await main(['--fix', '--format', 'json', '.'], { cwd: folder, stdout: new Discard(), stderr: new Discard() }), 0);

        const analyzer = new PostmortemAnalyzer(config);
        let fixedFiles = 0;
        for (const file of files) {
          const before = readFileSync(join(CORPUS, file), 'utf8');
          const after = readFileSync(join(folder, file), 'utf8');
          const { applied } = applyEdits(before, safeFixEdits(analyzer.analyze(before).findings));
          const changing = applied.filter((edit) => edit.text !== before.slice(edit.start, edit.end));
          if (after !== before) fixedFiles++;
          let explained = 0;
          for (const region of changedRegions(before, after)) {
            const inside = changing.filter((edit) => edit.start >= region.start && edit.end <= region.end);
            const where = `${file}: the change at offsets ${region.start}-${region.end}`;
            assert.ok(inside.length > 0, `${where} is no safe fix's`);
            const shifted: TextEdit[] = inside.map((edit) => ({ ...edit, start: edit.start - region.start, end: edit.end - region.start }));
            assert.equal(
              after.slice(region.afterStart, region.afterEnd),
              splice(before.slice(region.start, region.end), shifted),
              `${where} is not what its safe fixes make`,
            );
            explained += inside.length;
          }
          assert.equal(explained, changing.length, `${file}: every safe fix --fix applied shows in the diff, once`);
        }
        assert.ok(fixedFiles > 0, 'the corpus gives --fix something to do');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});
