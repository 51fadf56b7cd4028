import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/pipeline/quantities/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['312', 312], ['３１２', 312], ['99.5', 99.5], ['１．５', 1.5], ['1.2万', 12000], ['2.83万', 28300], ['4200万', 42_000_000],
    ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['一百二十三', 123], ['两百', 200], ['一千零五', 1005],
    ['三千', 3000], ['五百五十三', 553], ['一万', 10000], ['三千二百万', 32_000_000], ['五点七亿', 570_000_000],
    ['九十九点八', 99.8], ['二〇〇七', 2007], ['二00七', undefined], ['一百万', 1_000_000],
  ])('%s → %s', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });

  it.each(['', '十十', '百千', '一二', '万万', '五点', 'X', '点五'])('%s is not a number', (written) => {
    expect(parseNumber(written)).toBeUndefined();
  });
});
