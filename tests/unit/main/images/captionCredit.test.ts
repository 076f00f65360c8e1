import { describe, expect, it } from 'vitest';
import { captionAndCredit } from '../../../../src/main/services/images/captionCredit';
import type { ExifText } from '../../../../src/main/services/images/exif';

const exif = (fields: Partial<ExifText>): ExifText => ({ description: '', artist: '', xpTitle: '', xpComment: '', xpAuthor: '', userComment: '', ...fields });

describe('captionAndCredit', () => {
  it('prefers IPTC, and joins several by-lines with spaces as a Chinese byline does', () => {
    const found = {
      iptc: { caption: 'IPTC 说明', bylines: ['王乐平', '董宏涛'], credit: '新华社' },
      xmp: { description: 'XMP', creators: ['X'], credit: 'Y' },
      exif: exif({ description: 'EXIF', artist: 'Z' }),
    };
    expect(captionAndCredit(found)).toEqual({ caption: 'IPTC 说明', credit: '王乐平 董宏涛' });
  });

  it('falls back to IPTC credit, then XMP, then EXIF, field by field', () => {
    expect(captionAndCredit({ iptc: { caption: '', bylines: [], credit: '新华社' }, xmp: null, exif: exif({ description: 'EXIF 说明' }) })).toEqual({
      caption: 'EXIF 说明',
      credit: '新华社',
    });
    expect(captionAndCredit({ iptc: null, xmp: { description: 'XMP 说明', creators: [], credit: '本报' }, exif: exif({ artist: 'Z' }) })).toEqual({
      caption: 'XMP 说明',
      credit: '本报',
    });
    expect(captionAndCredit({ iptc: null, xmp: null, exif: exif({ xpTitle: '标题', xpAuthor: '王五' }) })).toEqual({ caption: '标题', credit: '王五' });
  });

  it('ignores a camera maker\'s boilerplate in ImageDescription', () => {
    expect(captionAndCredit({ iptc: null, xmp: null, exif: exif({ description: 'OLYMPUS DIGITAL CAMERA' }) }).caption).toBe('');
    expect(captionAndCredit({ iptc: null, xmp: null, exif: exif({ description: 'SONY DSC', xpComment: '备注' }) }).caption).toBe('备注');
  });

  it('answers empty strings when nothing is there', () => {
    expect(captionAndCredit({ iptc: null, xmp: null, exif: null })).toEqual({ caption: '', credit: '' });
  });
});
