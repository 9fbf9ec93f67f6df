import { QueryClient } from '@tanstack/react-query';
import { HttpError } from 'react-admin';

const isClientError = (error: unknown) => error instanceof HttpError && error.status >= 400 && error.status < 500;

/**
 * react-admin's cache. A failed query is retried only when a retry can help (network errors, 5xx):
 * by default every error is retried three times, which delays a 401's sign-out by seconds.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && !isClientError(error),
    },
  },
});
