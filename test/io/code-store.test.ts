import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  appendCodes, closeCodeStore, eachRange, memoryCodeStore, readCodes, settle, spilledCodeStore, storedLength, type CodeStore,
} from '../../src/io/code-store.js';

/** Append a range of each length, filled with its index; settle the store; the ranges' starts and ends. */
function fill(store: CodeStore, lengths: number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  lengths.forEach((n, i) => {
    const from = storedLength(store);
    appendCodes(store, new Uint16Array(n + 4).fill(i), 2, n + 2);
    ranges.push([from, storedLength(store)]);
  });
  settle(store);
  return ranges;
}

const spillFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('workreport-spill-')).sort();

// Some ranges longer than the write buffer (1M units) and than the read window (4M units), most short.
const LENGTHS = Array.from({ length: 3000 }, (_, i) => (i === 700 ? 1_500_000 : i === 1800 ? 4_500_000 : (i * 7919) % 999 + 1));

describe('code store', () => {
  it.each([['in memory', memoryCodeStore], ['spilled to a file', spilledCodeStore]])('gives back every range appended, %s', (_, make) => {
    const store = make();
    const ranges = fill(store, LENGTHS);
    for (const i of [0, 699, 700, 701, 1800, 2999]) {
      const codes = readCodes(store, ...ranges[i]!);
      expect([codes.length, codes[0], codes[codes.length - 1]]).toEqual([LENGTHS[i], i, i]);
    }
    let visited = 0;
    eachRange(store, ranges.length, (i) => ranges[i]!, (i, codes, from, to) => {
      expect([to - from, codes[from], codes[to - 1]]).toEqual([LENGTHS[i], i, i]);
      visited++;
    });
    expect(visited).toBe(3000);
    closeCodeStore(store);
  });

  it('leaves no spill file behind once closed, and none at all while open where the system allows', () => {
    const before = spillFolders();
    const store = spilledCodeStore();
    fill(store, [10]);
    if (process.platform !== 'win32') expect(spillFolders()).toEqual(before);
    expect(Array.from(readCodes(store, 0, 2))).toEqual([0, 0]);
    closeCodeStore(store);
    expect(spillFolders()).toEqual(before);
  });
});
