import { appendFileSync } from 'node:fs';
import type request from 'supertest';
import { type CheckedResponse, contractProblems } from './contract-check.js';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/**
 * CONTRACT_CHECK: `strict` fails the request (and so the test) that departs from the contract;
 * `report` appends each departure to the file CONTRACT_REPORT names and lets the test go on; `off`
 * checks nothing. CONTRACT_TALLY names a file that gets a line per response checked (method, path, status),
 * to count what the tests cover.
 */
const MODE = process.env.CONTRACT_CHECK ?? 'strict';

function reportProblems(method: string, url: string, res: CheckedResponse): void {
  const problems = contractProblems(method, url, res);
  if (process.env.CONTRACT_TALLY) appendFileSync(process.env.CONTRACT_TALLY, `${method.toUpperCase()} ${new URL(url, 'http://api.test').pathname} ${res.status}\n`);
  if (problems.length === 0) return;
  if (MODE === 'report') {
    if (process.env.CONTRACT_REPORT) appendFileSync(process.env.CONTRACT_REPORT, `${problems.join('\n')}\n`);
    return;
  }
  throw new Error(`The response departs from the API's contract (apps/api/openapi.json):\n  ${problems.join('\n  ')}\nBody: ${JSON.stringify(res.body).slice(0, 500)}`);
}

/** supertest, with every response checked against the contract (contract-check.ts) before a test sees it. */
export function contractChecked(http: ReturnType<typeof request>): ReturnType<typeof request> {
  if (MODE === 'off') return http;
  return new Proxy(http, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !METHODS.has(property) || typeof value !== 'function') return value;
      return (url: string, ...rest: unknown[]) => {
        const test = value.call(target, url, ...rest) as PromiseLike<CheckedResponse> & { then: PromiseLike<CheckedResponse>['then'] };
        const then = test.then.bind(test);
        test.then = ((onFulfilled, onRejected) =>
          then((res) => {
            reportProblems(property, url, res);
            return res;
          }).then(onFulfilled, onRejected)) as typeof test.then;
        return test;
      };
    },
  });
}
