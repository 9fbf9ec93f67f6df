/** A failure to start that one log line explains fully. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
