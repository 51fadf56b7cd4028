/**
 * Writing a command's output to stdout. A reader that stops early (`workreport kwic … | head`) closes the
 * pipe: the next write fails with EPIPE, which is how a pipe says "enough", not an error worth a stack
 * trace. The command then ends as it would have (same exit code), its remaining output dropped.
 */
let handled = false;

/** Write `text` to stdout; EPIPE from a closed pipe is ignored, any other write error still throws. */
export function writeStdout(text: string): void {
  if (!handled) {
    handled = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  process.stdout.write(text);
}
