// The language server collects its garbage once, after work stops, and never while work goes on.
import assert from 'node:assert/strict';
import { IdleCollection } from '../../server/src/lsp/idleCollection';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('idle garbage collection', () => {
  it('collects once, after the last piece of work of a burst, and again after the next burst', async () => {
    let collections = 0;
    const idle = new IdleCollection(() => collections++, 200);
    for (let step = 0; step < 5; step++) {
      idle.afterWork();
      await wait(5);
    }
    assert.equal(collections, 0, 'not while work goes on');
    await wait(400);
    assert.equal(collections, 1);
    idle.afterWork();
    await wait(400);
    assert.equal(collections, 2);
  });
});
