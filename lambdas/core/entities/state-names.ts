import { ORGANIZATION_HEAD } from './entity-short-forms.ts';

/** Heads that close the formal name of a state ("Kessian Democratic Republic", "United Kingdom"). */
const STATE_TAIL = /\s(?:Republic|Kingdom|Emirates|Principality|Sultanate)$/;

/**
 * Whether a name written in full is a state's formal name: its last word heads a state, and it holds
 * no organization's head ("Central Bank of the Republic" names a bank).
 *
 * @example
 * isFormalStateName("Orvo People's Democratic Republic") // true; isFormalStateName('Central Bank of the Republic') // false
 */
export function isFormalStateName(name: string): boolean {
  return STATE_TAIL.test(name) && !ORGANIZATION_HEAD.test(name);
}
