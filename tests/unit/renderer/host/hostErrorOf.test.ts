import { describe, expect, it } from 'vitest';
import { HostError } from '../../../../src/renderer/host';
import { hostErrorOf } from '../../../../src/renderer/host/types';

describe('hostErrorOf: a failed host answer as the HostError it names', () => {
  it('keeps the code, prefixes the method, and keeps a well-formed reason', () => {
    const error = hostErrorOf('importImage', { code: 'invalid-request', message: 'a.jpg: is empty', reason: { key: 'photos.refused.empty', params: { name: 'a.jpg' } } });
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'invalid-request', message: 'importImage: a.jpg: is empty', reason: { key: 'photos.refused.empty', params: { name: 'a.jpg' } } });
  });

  it('drops a reason that is not a message key with plain parameters, keeping the message', () => {
    for (const reason of ['photos.refused.empty', { key: '<b>x</b>', params: {} }, { key: 'photos.refused.empty', params: { name: { nested: true } } }, { key: 'a.b', params: {}, extra: 1 }]) {
      const error = hostErrorOf('importImage', { code: 'invalid-request', message: 'a.jpg: is empty', reason });
      expect(error.reason, JSON.stringify(reason)).toBeUndefined();
      expect(error.message).toBe('importImage: a.jpg: is empty');
    }
  });
});
