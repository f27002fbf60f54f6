/**
 * A stand-in for a terminal and a clock: records what a logger writes and replays it the way a
 * terminal would (\r back to the line's start, ESC[K erasing the rest), so tests can assert what
 * a person would see as well as the bytes.
 */
export class FakeTerminal {
  readonly writes: string[] = [];
  private time: number;

  constructor(start = '2026-11-25T15:04:36.250Z') {
    this.time = Date.parse(start);
  }

  readonly write = (text: string): void => {
    this.writes.push(text);
  };

  readonly now = (): Date => new Date(this.time);

  tick(ms: number): void {
    this.time += ms;
  }

  get text(): string {
    return this.writes.join('');
  }

  /** The lines on screen: finished lines and the line the cursor is on, colours removed. */
  screen(): string[] {
    const lines: string[] = [''];
    let column = 0;
    const text = this.text.replace(/\x1b\[[0-9;]*m/g, '');
    for (let i = 0; i < text.length; i++) {
      const last = lines.length - 1;
      if (text.startsWith('\x1b[K', i)) {
        lines[last] = lines[last]!.slice(0, column);
        i += 2;
      } else if (text[i] === '\r') column = 0;
      else if (text[i] === '\n') {
        lines.push('');
        column = 0;
      } else {
        const line = lines[last]!;
        lines[last] = line.slice(0, column) + text[i] + line.slice(column + 1);
        column++;
      }
    }
    return lines;
  }
}
