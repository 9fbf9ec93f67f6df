import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { isServiceUnavailable } from './service-unavailable.js';

test('an unreachable or overloaded database is unavailability (503); a wrong request is not', () => {
  const unavailable = [
    { code: 'ECONNREFUSED' },
    { code: 'P1001' },
    { code: 'P2024' },
    { name: 'PrismaClientKnownRequestError', code: 'P2028', message: 'Transaction already closed: the timeout for this transaction was 5000 ms' },
    { name: 'PrismaClientKnownRequestError', code: 'P2034', message: 'Transaction failed due to a write conflict or a deadlock. Please retry your transaction' },
    { message: 'wrapped', cause: { originalCode: '57P01' } },
    { meta: { driverAdapterError: { kind: 'ConnectionClosed' } } },
  ];
  for (const error of unavailable) assert.equal(isServiceUnavailable(error), true, JSON.stringify(error));
  for (const error of [{ code: 'P2002' }, { code: '23505' }, new TypeError('x is undefined'), null, 'text']) {
    assert.equal(isServiceUnavailable(error), false, JSON.stringify(error));
  }
});
