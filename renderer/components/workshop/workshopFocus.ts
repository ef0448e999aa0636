/** The toolbar's "Present" button, where the keyboard goes back to once a presentation ends. */
export const PRESENT_BUTTON_ID = 'workshop-present';
/**
 * The toolbar's timer button, where the keyboard goes back to once the timer is stopped: the
 * timer's own controls lie far from it in the page, after the canvas's cards.
 */
export const TIMER_BUTTON_ID = 'workshop-timer-menu';
/** The toolbar's "Start vote" button, where the keyboard goes back to once a vote ends. */
export const START_VOTE_BUTTON_ID = 'workshop-start-vote';
/** The presentation's controls over the slide, where the keyboard is while presenting. */
export const PRESENTATION_ID = 'workshop-presentation';

export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

/** Whether the keyboard is on nothing: the page itself, or a control just disabled. */
export function keyboardIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (active as HTMLButtonElement).disabled === true;
}
