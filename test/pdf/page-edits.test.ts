import { describe, expect, it } from 'vitest';
import { contentsEdits, contentsPageNumbers } from '../../src/pdf/page-edits.js';

const nav = (page: string): string => `<nav class="contents" aria-labelledby="contents-heading"><h2 id="contents-heading">Contents</h2><ol><li><a href="#intro"><span class="entry">1. Introduction</span><span class="page">${page}</span></a></li></ol></nav>`;
const page = (contents: string, body = '<h2 id="intro">1. Introduction</h2>'): string => `<!DOCTYPE html><html><head><title>T</title></head><body>${contents}<main>${body}</main></body></html>`;
const NAV = 'nav.contents[aria-labelledby="contents-heading"]';

describe('contentsEdits', () => {
  it('gives the new contents when they are all that changed between the passes', () => {
    expect(contentsEdits(page(nav('00')), page(nav('3')))).toEqual([{ selector: NAV, html: nav('3') }]);
  });

  it('gives no edit when nothing changed', () => {
    expect(contentsEdits(page(nav('3')), page(nav('3')))).toEqual([]);
  });

  it('gives nothing, so the page is loaded again, when anything else changed', () => {
    expect(contentsEdits(page(nav('00')), page(nav('3'), '<h2 id="intro">1. Introduction, revised</h2>'))).toBeUndefined();
  });

  it('gives nothing for a branding template whose contents are not the bundled element, or appear twice', () => {
    expect(contentsEdits(page('<div class="toc">00</div>'), page('<div class="toc">3</div>'))).toBeUndefined();
    expect(contentsEdits(page(nav('00') + nav('00')), page(nav('3') + nav('3')))).toBeUndefined();
  });
});

describe('contentsPageNumbers', () => {
  it('gives what each entry of the contents shows as its page, in order', () => {
    const two = nav('00').replace('</ol>', '<li><a href="#m"><span class="entry">2. Method</span><span class="page">12</span></a></li></ol>');
    expect(contentsPageNumbers(page(two))).toEqual(['00', '12']);
  });

  it('gives nothing for a document without the bundled contents', () => {
    expect(contentsPageNumbers(page('<div class="toc"><span class="page">3</span></div>'))).toBeUndefined();
  });
});
