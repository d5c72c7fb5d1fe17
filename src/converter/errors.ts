/**
 * Errors that teach: every conversion problem names the seed file and line, quotes the
 * offending source line and says what to do about it.
 */
export class ConversionError extends Error {
  readonly file: string;
  readonly line: number;
  readonly hint: string;
  readonly sourceLine: string;

  constructor(options: { file: string; line: number; message: string; hint: string; sourceLine?: string }) {
    const { file, line, message, hint, sourceLine = '' } = options;
    super(formatProblem(file, line, message, hint, sourceLine));
    this.name = 'ConversionError';
    this.file = file;
    this.line = line;
    this.hint = hint;
    this.sourceLine = sourceLine;
  }
}

/** `file:line: message`, then the quoted source line, then the hint. */
export function formatProblem(file: string, line: number, message: string, hint: string, sourceLine = ''): string {
  const quoted = sourceLine === '' ? '' : `\n  ${line} | ${sourceLine}`;
  return `${file}:${line}: ${message}${quoted}\n  hint: ${hint}`;
}
