/** Monthly list prices, in cents (USD). */
export const PLAN_PRICES_CENTS = { LITE: 1200, STANDARD: 3500, PREMIUM: 8000 } as const;

export type PlanName = keyof typeof PLAN_PRICES_CENTS;
