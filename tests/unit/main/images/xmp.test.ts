import { describe, expect, it } from 'vitest';
import { parseXmp } from '../../../../src/main/services/images/xmp';

const packet = (body: string, attributes = ''): string =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""${attributes}>${body}</rdf:Description></rdf:RDF></x:xmpmeta>`;

describe('parseXmp', () => {
  it('reads dc:description (x-default first), every dc:creator and photoshop:Credit', () => {
    const xml = packet(
      '<dc:description><rdf:Alt><rdf:li xml:lang="en">English</rdf:li><rdf:li xml:lang="x-default">校园一角 &amp; 操场</rdf:li></rdf:Alt></dc:description>' +
        '<dc:creator><rdf:Seq><rdf:li>李四</rdf:li><rdf:li>王五</rdf:li></rdf:Seq></dc:creator>' +
        '<photoshop:Credit>本报</photoshop:Credit>',
    );
    expect(parseXmp(xml)).toEqual({ description: '校园一角 & 操场', creators: ['李四', '王五'], credit: '本报' });
  });

  it('reads a credit written as an attribute, with character references', () => {
    expect(parseXmp(packet('', ' photoshop:Credit="A &#x4E2D;&#25991; agency"')).credit).toBe('A 中文 agency');
  });

  it('answers empty fields for a packet without them', () => {
    expect(parseXmp(packet('<xmp:Rating>3</xmp:Rating>'))).toEqual({ description: '', creators: [], credit: '' });
  });
});
