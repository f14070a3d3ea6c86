import { describe, expect, it } from 'vitest';
import { read, sorted, type Case } from './helpers';

const CASES: Case[] = [
  ['该项目总投资1500亿美元。', [[1.5e11, 'USD']]],
  ['公司去年营收3000万元，同比增长12%。', [[3e7, 'CNY'], [12, '%']]],
  ['约有2万名员工受到影响。', [[2e4, 'employees', true]]],
  ['大会吸引了超过5000人参加。', [[5000, 'people', true]]],
  ['列车时速350公里，全程需要4小时。', [[350, 'km'], [4, 'h']]],
  ['新製品は税込2900円で、利用者の約85％が満足した。', [[2900, 'JPY'], [85, '%', true]]],
  ['売上高は1兆2000億円に達した。', [[1.2e12, 'JPY']]],
  ['有两名宇航员参加了任务。', [[2, 'astronauts']]],
];

describe('numbers written with CJK units', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(sorted(read(text, null))).toEqual(sorted(expected));
  });

  it('reads 元 as the Taiwan dollar on a traditional-script page', () => {
    expect(read('門票每人50元，我們這次玩得很開心。', null)).toEqual([[50, 'TWD', false]]);
    expect(read('门票每人50元。', 'zh-CN')).toEqual([[50, 'CNY', false]]);
  });
});
