import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../../../../src/main/services/export/epaper/html/byline';

describe('bylineNames', () => {
  it.each([
    ['□特约通讯员 刘畅', ['刘畅']],
    ['□记者 刘正航', ['刘正航']],
    ['□记者 王乐平 董宏涛', ['王乐平', '董宏涛']],
    ['□通讯员 单莹', ['单莹']],
    ['本报记者 李森 实习生 张三', ['李森', '张三']],
    ['记者李森', ['李森']],
    ['□记者 李森、王五，李森', ['李森', '王五']],
  ])('names the people in %s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  it('answers no names for an empty byline or roles alone', () => {
    expect(bylineNames('')).toEqual([]);
    expect(bylineNames('□ 记者')).toEqual([]);
  });
});
