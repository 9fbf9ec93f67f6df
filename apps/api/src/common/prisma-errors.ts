/**
 * A unique key refused the write: a name, an address or an email already taken. Prisma says P2002;
 * a statement sent on the pool gets PostgreSQL's own unique_violation.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  return error.name === 'PrismaClientKnownRequestError' ? code === 'P2002' : code === '23505';
}
