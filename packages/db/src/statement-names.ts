import { createHash } from 'node:crypto';

/**
 * Distinct statements a process prepares by name at most. Each one stays prepared, with its plan, on
 * every connection that ran it; past this many, further statements go unnamed (parsed and planned each
 * time, as before), so a query whose text varies without end cannot fill the server's memory.
 */
export const MAX_NAMED_STATEMENTS = 500;

const names = new Map<string, string>();

/**
 * The name a statement is prepared under: the same for the same text in every process and module copy
 * (a hash, not a counter, since the name is what the server knows it by), or undefined past the cap.
 */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED_STATEMENTS) names.set(text, (name = `s-${createHash('sha1').update(text).digest('base64url')}`));
  return name;
}
