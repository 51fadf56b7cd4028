import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/width.js';

describe('displayWidth', () => {
  it('counts Han, full-width forms and CJK punctuation as two columns, ASCII as one', () => {
    expect(displayWidth('X县（１）')).toBe(9);
    expect(displayWidth('开展ab，')).toBe(8);
    expect(displayWidth('一、')).toBe(4);
  });

  it('counts ideographs outside the BMP (extensions B and G) as two columns, once each', () => {
    expect(displayWidth('𠀀a')).toBe(3);
    expect(displayWidth('\u{30000}')).toBe(2);
  });

  it('counts emoji as two columns (East Asian Wide), which the former hand-kept tables counted as one', () => {
    expect(displayWidth('✅😀')).toBe(4);
  });

  it('counts Ambiguous characters (①, —, …, ·) and the half-fill space U+303F as one column', () => {
    expect(displayWidth('①—…·')).toBe(4);
    expect(displayWidth('\u303f')).toBe(1);
  });
});
