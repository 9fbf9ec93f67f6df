import { HttpStatus } from '@nestjs/common';
import { AppError } from './app-error.js';

export const PUBLISH_STATES = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;
export type PublishState = (typeof PUBLISH_STATES)[number];

/** Where a publishable record (landing page, social post, ad, store) may go from each state. */
const NEXT: Record<PublishState, readonly PublishState[]> = {
  DRAFT: ['SCHEDULED', 'PUBLISHED'],
  SCHEDULED: ['DRAFT', 'PUBLISHED'],
  PUBLISHED: ['UNPUBLISHED'],
  UNPUBLISHED: ['DRAFT', 'SCHEDULED', 'PUBLISHED'],
};

/** Refuses a move the state machine does not allow with 409 INVALID_STATE_TRANSITION. */
export function assertTransition(from: PublishState, to: PublishState): void {
  if (!NEXT[from].includes(to)) {
    throw new AppError(
      HttpStatus.CONFLICT,
      'INVALID_STATE_TRANSITION',
      `A ${from.toLowerCase()} record cannot become ${to.toLowerCase()}; from ${from.toLowerCase()} it can become ${NEXT[from].map((s) => s.toLowerCase()).join(' or ')}.`,
    );
  }
}

/** The timestamps that go with entering a state. */
export function stateTimestamps(to: PublishState, scheduledAt: Date | null, now = new Date()) {
  return {
    state: to,
    scheduledAt: to === 'SCHEDULED' ? scheduledAt : null,
    ...(to === 'PUBLISHED' ? { publishedAt: now } : {}),
  };
}
