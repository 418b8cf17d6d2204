import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { OPTIONS } from '../lib/strings/options';

type Command = Browser.commands.Command;

/** Our own words for our commands (the browser's description follows its language, not the user's choice). */
function commandLabel(command: Command): string {
  if (command.name === '_execute_action') return OPTIONS.openListCommand;
  if (command.name === 'capture-page') return OPTIONS.capturePageCommand;
  return command.description || (command.name ?? '');
}

/** The manifest's keyboard commands as the browser has them now, and where to change them. */
export function OptionsShortcuts() {
  const [commands, setCommands] = useState<Command[]>([]);
  useEffect(() => {
    // Firefox for Android has no commands API; the list then stays empty.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(setCommands, () => setCommands([]));
  }, []);
  return (
    <section class="panel" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{OPTIONS.shortcutsHeading}</h2>
      <dl class="shortcuts">
        {commands.map((command) => (
          <div key={command.name}>
            <dt>{commandLabel(command)}</dt>
            <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : OPTIONS.noShortcut}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{OPTIONS.shortcutsHowChrome}</p>
      <p class="hint">{OPTIONS.shortcutsHowFirefox}</p>
    </section>
  );
}
