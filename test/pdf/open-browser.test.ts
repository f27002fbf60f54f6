import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { openBrowser } from '../../src/pdf/render-pdf.js';

describe('openBrowser', () => {
  it('starts at once but says which browser only when it is wanted', async () => {
    const lines: string[] = [];
    const opening = openBrowser({ env: process.env, log: (line) => lines.push(line) });
    try {
      // Long enough for the launch to be under way or done.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(lines).toEqual([]);
      const browser = await opening.wanted();
      expect(browser.connected).toBe(true);
      expect(lines[0]).toMatch(/^Using Chromium from /);
    } finally {
      await opening.close();
    }
  });

  it('reports a browser that cannot be found only when it is wanted, and closes without one', async () => {
    const lines: string[] = [];
    const opening = openBrowser({ browserPath: '/nonexistent/chromium', env: {}, log: (line) => lines.push(line) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toEqual([]);
    await expect(opening.wanted()).rejects.toMatchObject({ name: 'AssessError', exitCode: ExitCode.noBrowser });
    await expect(opening.close()).resolves.toBeUndefined();
  });

  it('is closed by close(), even if never wanted', async () => {
    const opening = openBrowser({ env: process.env, log: () => undefined });
    await opening.close();
    const browser = await opening.wanted();
    expect(browser.connected).toBe(false);
  });
});
