/** A unique key refused the write (Prisma's P2002): a name, an address or an email already taken. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && (error as { code?: unknown }).code === 'P2002';
}
