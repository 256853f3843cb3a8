/**
 * A refused Touchstone file: the message names the file, the line (1-based; 0 when the
 * problem is the file as a whole) and the problem, e.g.
 * `channel.s4p line 7: expected 8 numbers (row 2 of the 4-port matrix), found 9`.
 */
export class TouchstoneError extends Error {
  readonly fileName: string;
  readonly line: number;
  readonly problem: string;

  constructor(fileName: string, line: number, problem: string) {
    super(line > 0 ? `${fileName} line ${line}: ${problem}` : `${fileName}: ${problem}`);
    this.name = 'TouchstoneError';
    this.fileName = fileName;
    this.line = line;
    this.problem = problem;
  }
}
