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

const GONE_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

export function isReaderGone(error: unknown): boolean {
  return error instanceof ReaderGone || GONE_CODES.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

export interface LineOutput {
  /** Queues one line (a newline is added); waits whenever a full chunk is being written. */
  line(text: string): Promise<void>;
  /** Writes what is queued and waits until the stream has taken it. */
  flush(): Promise<void>;
}

export function lineOutput(stream: Writable, chunkChars = 64 * 1024): LineOutput {
  let pending = '';
  let failure: unknown = null;
  // Without a listener an EPIPE would be thrown as an uncaught 'error' event.
  stream.on('error', (error) => {
    failure ??= error;
  });
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(isReaderGone(failure) ? new ReaderGone() : failure);
      try {
        stream.write(text, (error) => {
          if (error) failure ??= error;
          if (failure) reject(isReaderGone(failure) ? new ReaderGone() : failure);
          else resolve();
        });
      } catch (error) {
        failure ??= error;
        reject(isReaderGone(error) ? new ReaderGone() : error);
      }
    });
  const flush = async () => {
    if (pending === '') {
      if (failure) throw isReaderGone(failure) ? new ReaderGone() : failure;
      return;
    }
    const text = pending;
    pending = '';
    await write(text);
  };
  return {
    async line(text: string) {
      pending += `${text}\n`;
      if (pending.length >= chunkChars) await flush();
    },
    flush,
  };
}
