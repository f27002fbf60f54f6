import { describe, expect, it } from 'vitest';
import { cssString, runningHeadsCss, withRunningHeads } from '../../src/pdf/running-heads.js';

describe('running heads', () => {
  it('puts the title at the top and foot of every page, with "Page X of Y" at the foot', () => {
    const css = runningHeadsCss({ title: 'Strategic Assessment 2023-24 – Safer Medbury', draft: false });
    expect(css).toContain('@top-left{content:"Strategic Assessment 2023-24 – Safer Medbury";');
    expect(css).toContain('@bottom-left{content:"Strategic Assessment 2023-24 – Safer Medbury";');
    expect(css).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages);');
    expect(css).toContain("font-family:'Source Sans 3',sans-serif;font-size:8pt;color:#333;");
  });

  it('marks a draft on every page', () => {
    expect(runningHeadsCss({ title: 'T', draft: true })).toContain('@top-left{content:"T – DRAFT";');
  });

  it('escapes a title that could end the string or the rule', () => {
    expect(cssString('Say "hi" \\ }</style>\nnext')).toBe('"Say \\22 hi\\22  \\5c  }\\3c /style\\3e \\a next"');
  });

  it('adds the style at the end of the head, so a template\'s own @page rules come first', () => {
    const html = '<html><head><style>@page{margin:0}</style></head><body><header>Cover</header></body></html>';
    const headed = withRunningHeads(html, { title: 'T', draft: false });
    expect(headed.startsWith('<html><head><style>@page{margin:0}</style><style id="assess-running-heads">@page{@top-left')).toBe(true);
    expect(headed.endsWith('</style></head><body><header>Cover</header></body></html>')).toBe(true);
    expect(withRunningHeads('<!DOCTYPE html><HTML><HEAD><title>T</title></HEAD><body>', { title: 'T', draft: false })).toMatch(/^<!DOCTYPE html><HTML><HEAD><title>T<\/title><style id="assess-running-heads">.*<\/style><\/HEAD><body>$/);
  });

  it('finds </head> after text that lower-cases to more characters (a title with İ)', () => {
    // 'İ'.toLowerCase() is two characters, so a position found in a lower-cased copy is one too far.
    const headed = withRunningHeads('<html><head><title>İzmir Road</title></head><body>', { title: 'T', draft: false });
    expect(headed).toMatch(/^<html><head><title>İzmir Road<\/title><style id="assess-running-heads">@page\{.*<\/style><\/head><body>$/);
  });

  it('adds it at the end of a document without </head>, never before its doctype', () => {
    const headed = withRunningHeads('<!DOCTYPE html><title>T</title><p>x', { title: 'T', draft: false });
    expect(headed).toMatch(/^<!DOCTYPE html><title>T<\/title><p>x<style id="assess-running-heads">@page\{.*<\/style>$/);
  });

  it('replaces running heads a document already carries, so it never has two', () => {
    const once = withRunningHeads('<html><head></head><body>', { title: 'Old', draft: false });
    const twice = withRunningHeads(once, { title: 'New', draft: true });
    expect(twice.match(/id="assess-running-heads"/g)).toHaveLength(1);
    expect(twice).toContain('@top-left{content:"New – DRAFT";');
    expect(twice).not.toContain('Old');
    expect(withRunningHeads(once, { title: 'Old', draft: false })).toBe(once);
  });
});
