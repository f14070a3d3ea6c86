// Readability's cleaning drops blocks it takes for boilerplate (a section whose
// id says "comments", a tab of commands for another system): in documentation
// they hold code. When its block keeps under this share of the main container's
// code blocks, the container is read instead.
const MIN_KEPT_SHARE = 0.8;

/** The code blocks under an element. */
export function codeBlockCount(el: Element): number {
  return el.getElementsByTagName('pre').length;
}

/** True when Readability's block lost much of the code of the container, which holds `containerCodeBlocks`. */
export function lostCode(readable: Element, containerCodeBlocks: number): boolean {
  return containerCodeBlocks > 0 && codeBlockCount(readable) < containerCodeBlocks * MIN_KEPT_SHARE;
}
