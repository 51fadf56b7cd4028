import { describe, expect, it } from 'vitest';
import { isGenericTopic, isUnitVisited } from '../../../src/pipeline/topics/text.js';

describe('isGenericTopic: counts, problems found, plans of the body itself', () => {
  it.each([
    ['主席会议6次', true],
    ['协商议事会4次', true],
    ['调研162次', true],
    ['存在问题', true],
    ['困难和问题', true],
    ['区政协2012年主要工作安排', true],
    ['国之大者', true],
    ['“十五五”', true],
    ['“十五五”规划编制', false],
    ['农村饮水安全', false],
    ['智慧城市建设6期工程', false],
  ])('%s → %s', (topic, generic) => expect(isGenericTopic(topic)).toBe(generic));
});

describe('isUnitVisited: a bureau named alone, unless a review has it as its subject', () => {
  it.each([
    ['县住建局', '视察', true],
    ['县住建局', '民主评议', false],
    ['县医保局', '民主监督', false],
    ['产业布局', '专题调研', false],
    ['委员协商议事厅', '考察学习', false],
  ])('%s (%s) → %s', (topic, activity, visited) => expect(isUnitVisited(topic, activity)).toBe(visited));
});
