import { describe, expect, it } from 'vitest';
import { findPhotoCredit, isBylineLine, parseCredits } from '../../../../src/main/services/import/byline';

describe('parseCredits', () => {
  it.each([
    ['□记者 李森', [{ role: '记者', names: ['李森'] }]],
    ['□特约通讯员 刘畅', [{ role: '特约通讯员', names: ['刘畅'] }]],
    ['□通讯员 单莹', [{ role: '通讯员', names: ['单莹'] }]],
    ['□记者 王乐平 董宏涛', [{ role: '记者', names: ['王乐平', '董宏涛'] }]],
    ['□本报记者张靖 本报通讯员郜敏', [{ role: '本报记者', names: ['张靖'] }, { role: '本报通讯员', names: ['郜敏'] }]],
    ['□记者 王乐平、董宏涛 实习生 李明', [{ role: '记者', names: ['王乐平', '董宏涛'] }, { role: '实习生', names: ['李明'] }]],
    ['□见习记者　赵一　摄影记者　钱二', [{ role: '见习记者', names: ['赵一'] }, { role: '摄影记者', names: ['钱二'] }]],
    ['□张三 李四', [{ role: '', names: ['张三', '李四'] }]],
    ['□记者', []],
  ])('reads %s', (text, credits) => {
    expect(parseCredits(text)).toEqual(credits);
  });

  it('recognises byline lines by their marker only', () => {
    expect(isBylineLine('□记者 李森')).toBe(true);
    expect(isBylineLine('记者 李森')).toBe(false);
  });
});

describe('findPhotoCredit', () => {
  it('reads a photo credit closing a caption, half or full width', () => {
    expect(findPhotoCredit('大开眼界。(记者 郑晓琳 王乐平 摄)')).toEqual({ text: '记者 郑晓琳 王乐平 摄', credits: [{ role: '记者', names: ['郑晓琳', '王乐平'] }] });
    expect(findPhotoCredit('合影。（本报记者 张靖 摄）')?.credits).toEqual([{ role: '本报记者', names: ['张靖'] }]);
  });

  it('ignores brackets that are not a photo credit', () => {
    expect(findPhotoCredit('区直各部门（单位）主要负责同志参加。')).toBeUndefined();
    expect(findPhotoCredit('（记者 张三 摄）之后还有文字。')).toBeUndefined();
  });
});
