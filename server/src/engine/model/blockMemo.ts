// What the model builders work out for one top-level block, kept for as long as the block is
// part of a parsed tree. A keystroke re-parses one chunk (parse.ts); every other block keeps its
// identity, even where text typed above it moved it, so masking its prose or reading its action
// items again would only repeat work. Kept by the block's identity in a WeakMap: nothing to
// forget when documents close, the entries go with the trees.
import type { RootContent } from 'mdast';
import { blockIdentity } from '../parse';
import { startOffset } from '../text';

interface Kept<T> {
  /** Where the block started when `value` was worked out: its offsets are for that place. */
  start: number;
  /** What else `value` depends on (an action item's section, say); another context works it out again. */
  context: number;
  value: T;
}

export class BlockMemo<T> {
  private readonly kept = new WeakMap<object, Kept<T>>();

  /**
   * @param moveBy `value` with every offset in it moved by `delta`: for a block found again
   * elsewhere. A copy: the value kept may still be part of an earlier version's model.
   */
  constructor(private readonly moveBy: (value: T, delta: number) => T) {}

  /** `work()` for `block`, or what it gave for the same block before, moved to where the block is now. */
  get(block: RootContent, work: () => T, context = 0): T {
    const identity = blockIdentity(block);
    const start = startOffset(block);
    const kept = this.kept.get(identity);
    if (kept && kept.context === context) {
      if (kept.start === start) return kept.value;
      const value = this.moveBy(kept.value, start - kept.start);
      this.kept.set(identity, { start, context, value });
      return value;
    }
    const value = work();
    this.kept.set(identity, { start, context, value });
    return value;
  }
}
