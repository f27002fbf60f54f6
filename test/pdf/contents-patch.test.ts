import { describe, expect, it } from 'vitest';
import { contentsChange } from '../../src/pdf/contents-patch.js';

const nav = (page: string): string => `<nav class="contents" aria-labelledby="contents-heading"><h2 id="contents-heading">Contents</h2><ol><li><a href="#intro"><span class="entry">1. Introduction</span><span class="page">${page}</span></a></li></ol></nav>`;
const page = (contents: string, body = '<h2 id="intro">1. Introduction</h2>'): string => `<!DOCTYPE html><html><head><title>T</title></head><body>${contents}<main>${body}</main></body></html>`;

describe('contentsChange', () => {
  it('gives the new contents when they are all that changed between the passes', () => {
    expect(contentsChange(page(nav('00')), page(nav('3')))).toBe(nav('3'));
  });

  it('gives nothing, so the page is loaded again, when anything else changed', () => {
    expect(contentsChange(page(nav('00')), page(nav('3'), '<h2 id="intro">1. Introduction, revised</h2>'))).toBeUndefined();
  });

  it('gives nothing for a branding template whose contents are not the bundled element, or appear twice', () => {
    expect(contentsChange(page('<div class="toc">00</div>'), page('<div class="toc">3</div>'))).toBeUndefined();
    expect(contentsChange(page(nav('00') + nav('00')), page(nav('3') + nav('3')))).toBeUndefined();
  });
});
