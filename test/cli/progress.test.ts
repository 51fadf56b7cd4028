import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  let written = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, text: () => written };
}

describe('createProgress', () => {
  it('draws documents done and MB/s on a terminal', () => {
    const { stream, text } = fakeStream(true);
    const p = createProgress(false, stream);
    p.update({ done: 1, total: 4, bytes: 1_000_000 });
    p.update({ done: 4, total: 4, bytes: 4_000_000 });
    p.stop();
    expect(text()).toMatch(/analyse \|.*\| \d\/4 documents · [\d.]+ MB\/s · ETA/);
  });

  it('stays silent when quiet or when stderr is not a terminal (CI, pipes)', () => {
    for (const [quiet, tty] of [[true, true], [false, false]] as const) {
      const { stream, text } = fakeStream(tty);
      const p = createProgress(quiet, stream);
      p.update({ done: 1, total: 1, bytes: 10 });
      p.stop();
      expect(text()).toBe('');
    }
  });
});
