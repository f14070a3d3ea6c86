import { removeLabelLines } from './label-lines';

// A service's buttons, printed under each section of its page ("Start free
// trial", "Contact sales", "Read the case study"), and the messages a form
// shows once sent: the page's invitations, not what it says.
const CALL_TO_ACTION = /^(start (a |your )?free trial|start for free|sign up (for )?free|sign up now|try (it )?(for )?free|get started( for free| free| now)?|contact us|contact sales|talk to sales|request a demo|book a demo|get a demo|read the (full )?(article|story|case study|documentation)|find out more|explore solution →?|oops! something went wrong while submitting the form\.?|thank you! your submission has been received!)$/i;

/** Removes the lines that are only a call to action from a non-article's content. */
export function removeCallsToAction(content: Element): void {
  removeLabelLines(content, (text) => CALL_TO_ACTION.test(text));
}
