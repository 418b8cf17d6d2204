// Run inside the notice's shadow root (`this`), sent as source text to the browser.

/** The notice's status text. */
export const READ_NOTICE = `function () { return this.querySelector('[role=status] .text')?.textContent ?? ''; }`;

/** Clicks the notice button whose label is exactly the argument. */
export const CLICK_NOTICE = `function (label) {
  const button = [...this.querySelectorAll('button')].find((b) => b.textContent === label && !b.hidden);
  if (!button) return false;
  button.click();
  return true;
}`;
