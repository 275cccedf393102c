/** Entry point of `npm run atlas`: everything happens in run(); this file only wires Node in. */
import { nodeIo } from './io';
import { run } from './run';

// `atlas analyze --json | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), nodeIo()).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `Alliance Atlas stopped on an unexpected error: ${detail.split('\n')[0]}\n`,
    );
    process.exitCode = 2;
  },
);
