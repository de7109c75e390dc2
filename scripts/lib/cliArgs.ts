/**
 * The explain CLI's command line, read without touching process state so every case is testable.
 *
 * Options are read only before the first word of paste text, and `--` ends them, so a paste that
 * starts with a dash can still be given (`explain -- "-ERR 550 …"`).
 */

export type ExplainCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  /** The words of one paste, joined by single spaces. */
  | { kind: 'text'; text: string }
  /** One paste per line of standard input. */
  | { kind: 'lines' }
  /** Each named file (or, with none, all of standard input) is one whole message. */
  | { kind: 'messages'; files: string[] };

export interface UsageError {
  kind: 'usage-error';
  message: string;
}

export const USAGE = `usage:
  explain "<pasted error>"          explain one paste given as an argument
  explain --stdin                   one paste per line of standard input, one JSON object per line
  explain --message [FILE|DIR …]    each file (every file in a folder; standard input when none)
                                    is one whole bounce message, one JSON object per message
  explain -h | --help               this text
  explain --version                 the version

  Through npm: npm run -s explain -- <arguments above>

  A paste longer than a few tens of kilobytes can exceed the operating system's limit on
  arguments ("Argument list too long", E2BIG), which stops the shell before explain starts.
  Pipe long text instead:  explain --stdin < log.txt   or   explain --message < bounce.eml`;

export function parseExplainArgs(argv: readonly string[]): ExplainCommand | UsageError {
  let mode: 'text' | 'lines' | 'messages' = 'text';
  const words: string[] = [];
  let optionsEnded = false;
  for (const arg of argv) {
    const isOption = !optionsEnded && words.length === 0 && arg.startsWith('-') && arg !== '-';
    if (!isOption) {
      words.push(arg);
      continue;
    }
    switch (arg) {
      case '--':
        optionsEnded = true;
        break;
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-V':
      case '--version':
        return { kind: 'version' };
      case '--stdin':
      case '--message':
        if (mode !== 'text') return { kind: 'usage-error', message: `${arg} cannot be combined with --${mode === 'lines' ? 'stdin' : 'message'}` };
        mode = arg === '--stdin' ? 'lines' : 'messages';
        break;
      default:
        return { kind: 'usage-error', message: `unknown option ${JSON.stringify(arg)}` };
    }
  }
  if (mode === 'lines') {
    if (words.length > 0) return { kind: 'usage-error', message: '--stdin reads standard input and takes no paste text' };
    return { kind: 'lines' };
  }
  if (mode === 'messages') return { kind: 'messages', files: words };
  if (words.length === 0) return { kind: 'usage-error', message: 'nothing to explain' };
  return { kind: 'text', text: words.join(' ') };
}
