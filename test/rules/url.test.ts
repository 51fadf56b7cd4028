import { describe, expect, it } from 'vitest';
import { addressSpans, addressTest } from '../../src/rules/url.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { found } from './rule-helper.js';

const addresses = (text: string) => addressSpans(text).map((s) => text.slice(s.start, s.end));

describe('web and e-mail addresses', () => {
  it.each([
    ['http://x', ['http://x']],
    ['详见http://www.gov.cn/xx/index_1.html。XX县', ['http://www.gov.cn/xx/index_1.html']],
    ['访问www.xx.gov.cn.', ['www.xx.gov.cn']],
    ['（https://a.cn/?id=X&b=XX）', ['https://a.cn/?id=X&b=XX']],
    ['http://a.cn,XX县 http://b.cn XX', ['http://a.cn', 'http://b.cn']],
    ['邮箱：xx@163.com，ab.c@d-e.org.cn', ['xx@163.com', 'ab.c@d-e.org.cn']],
    ['awww.x.cn、@XX、a@b、no address', []],
  ])('in %s', (text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });

  it('tells whether a span overlaps an address', () => {
    const inAddress = addressTest('见http://x，X县');
    expect([inAddress(8, 9), inAddress(1, 8), inAddress(10, 11), inAddress(9, 9)]).toEqual([true, true, false, false]);
  });

  it('hides every placeholder form inside an address from the built-in rules, not those right after it', () => {
    const text = '网址：http://x.cn/_/TODO/**/x?q=??&p=1，XX县\n邮箱：xx@163.com XX次';
    expect(found(text, BUILTIN_RULES)).toEqual(['1:37 "XX" region', '2:15 "XX" number']);
  });
});
