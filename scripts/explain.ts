/**
 * Explains a pasted SMTP error for support staff and scripts.
 *
 *   npm run -s explain -- "550 5.1.1 <bob@example.com>: Recipient address rejected"
 *   some-command | npm run -s explain -- --stdin     # one paste per line, one JSON object per line
 *
 * Prints {"reply","enhanced","url","title","bounce"} and nothing else on stdout.
 */
import { createInterface } from 'node:readline';
import { indexByCode } from '../src/lib/codeIndex.ts';
import { resolvePaste } from '../src/lib/resolvePaste.ts';
import { codeIndexFromContent } from './lib/contentFiles.ts';

const codes = indexByCode(codeIndexFromContent());
const explain = (text: string) => JSON.stringify(resolvePaste(text, codes));

const args = process.argv.slice(2);
if (args[0] === '--stdin') {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${explain(line)}\n`);
} else if (args.length > 0 && args[0] !== '--help') {
  process.stdout.write(`${explain(args.join(' '))}\n`);
} else {
  process.stderr.write('usage: npm run -s explain -- "<pasted error>"  |  npm run -s explain -- --stdin\n');
  process.exit(2);
}
