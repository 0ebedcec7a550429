/** What every command-line tool of the project needs from the process: paths as the user typed them, a quiet closed pipe. */
import { isAbsolute, resolve } from 'node:path';

/**
 * A path the user typed, from where they stand: `npm run` moves the process to
 * the project's root, and says where the user was in INIT_CWD.
 */
export function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/**
 * `coach … | head`: the reader closed the pipe, so there is nobody left to
 * write to. Stop quietly with success, as Unix tools do, instead of a stack trace.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
