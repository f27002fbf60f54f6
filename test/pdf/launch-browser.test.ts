import { describe, expect, it } from 'vitest';
import { OLDEST_CHROMIUM, tooOldMajor } from '../../src/pdf/launch-browser.js';

describe('tooOldMajor', () => {
  it('gives the major version of a browser too old to draw the running header and footer', () => {
    expect(OLDEST_CHROMIUM).toBe(131);
    expect(tooOldMajor('HeadlessChrome/120.0.6099.109')).toBe(120);
    expect(tooOldMajor('Chrome/130.0.6723.58')).toBe(130);
  });

  it('passes 131 and newer, and a version it cannot read', () => {
    expect(tooOldMajor('HeadlessChrome/131.0.6778.69')).toBeUndefined();
    expect(tooOldMajor('HeadlessChrome/143.0.7499.4')).toBeUndefined();
    expect(tooOldMajor('Chromium')).toBeUndefined();
  });
});
