import { describe, expect, it } from 'vitest';
import { parseTopicGold } from '../../../src/pipeline/topics/evaluate.js';

describe('parseTopicGold', () => {
  const gold = (topic: string) => ({ about: 'made up', texts: [{ file: '001_a.txt', topics: [{ line: 3, activity: '专题调研', topic }] }] });

  it('takes a topic written as a long title (a reader gave one of 92 characters)', () => {
    const title = '某地合理开发自然景观、有效利用和保护文化遗产以及政协利用原始生态文化资源为现实服务的做法'.repeat(2);
    expect(title.length).toBeGreaterThan(80);
    expect(parseTopicGold(gold(title), 'set/topics-gold.json').texts[0]!.topics[0]!.topic).toBe(title);
  });

  it('names the file and the field of a bad entry', () => {
    expect(() => parseTopicGold(gold(''), 'set/topics-gold.json')).toThrow(/^set\/topics-gold\.json: texts\.0\.topics\.0\.topic: /u);
  });
});
