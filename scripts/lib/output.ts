/**
 * Writes results to a stream with backpressure: lines are gathered into chunks, and each chunk
 * waits until the stream has taken the previous one, so memory stays flat however slow the reader.
 *
 * A reader that goes away (EPIPE: `explain --stdin | head -1`) is not a failure; any other write
 * error is, and is reported as such.
 */
import type { Writable } from 'node:stream';

/** Thrown when the reader closed the pipe: stop producing, exit quietly. */
export class ReaderGone extends Error {
  constructor() {
    super('the reader closed the output');
  }
}

/** Thrown when a write really failed (disk full, I/O error): the results are incomplete. */
export class WriteFailed extends Error {
  readonly code: string | undefined;
  constructor(cause: unknown) {
    super((cause as Error | null)?.message ?? String(cause), { cause });
    this.code = (cause as NodeJS.ErrnoException | null)?.code;
  }
}

const GONE_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

export function isReaderGone(error: unknown): boolean {
  return error instanceof ReaderGone || GONE_CODES.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

export interface LineOutput {
  /** Queues one line (a newline is added); waits whenever a full chunk has to be written first. */
  line(text: string): Promise<void>;
  /** Writes what is queued and waits until the stream has taken it. */
  flush(): Promise<void>;
}

/**
 * Lines are gathered into chunks of `chunkChars`; a full chunk waits for the stream. A partial
 * chunk is written as soon as the producer goes idle (waits for input), so `tail -f log |
 * explain --stdin` shows each result at once. At most one write is in flight, so memory is
 * bounded by two chunks whatever the reader does.
 */
export function lineOutput(stream: Writable, chunkChars = 64 * 1024): LineOutput {
  let pending = '';
  let failure: unknown = null;
  let writing: Promise<void> | null = null;
  let idle: NodeJS.Immediate | null = null;
  // Without a listener an EPIPE would be thrown as an uncaught 'error' event.
  stream.on('error', (error) => {
    failure ??= error;
  });
  const asThrown = (error: unknown) => (isReaderGone(error) ? new ReaderGone() : new WriteFailed(error));
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(asThrown(failure));
      try {
        stream.write(text, (error) => {
          if (error) failure ??= error;
          if (failure) reject(asThrown(failure));
          else resolve();
        });
      } catch (error) {
        failure ??= error;
        reject(asThrown(error));
      }
    });
  const startWrite = (): Promise<void> => {
    const text = pending;
    pending = '';
    const current = write(text);
    writing = current;
    const done = () => {
      if (writing === current) writing = null;
      if (pending !== '') whenIdle();
    };
    current.then(done, done);
    return current;
  };
  function whenIdle(): void {
    idle ??= setImmediate(() => {
      idle = null;
      // A failure here surfaces at the next line() or flush(), which see `failure`.
      if (!writing && pending !== '') startWrite().catch(() => {});
    });
  }
  const flush = async () => {
    while (writing) await writing;
    if (pending !== '') await startWrite();
    else if (failure) throw asThrown(failure);
  };
  return {
    async line(text: string) {
      pending += `${text}\n`;
      if (pending.length >= chunkChars) await flush();
      else whenIdle();
    },
    flush,
  };
}
