/** A URL with its password hidden, so a log line or an error message never leaks a credential. */
export function redactPassword(value: string): string {
  try {
    const url = new URL(value);
    if (!url.password) return value;
    url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
}
