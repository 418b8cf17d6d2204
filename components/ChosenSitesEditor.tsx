import { useState } from 'preact/hooks';
import { addChosenSite, removeChosenSite } from '../lib/auto-capture-consent';
import { chosenSites } from '../lib/settings';
import { WELCOME } from '../lib/strings/welcome';
import { useStorageItem } from '../lib/use-storage-item';

/** "Only on sites I add": a field to add a site (asking for it at the click) and the list so far. */
export function ChosenSitesEditor() {
  const sites = useStorageItem(chosenSites) ?? [];
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const result = await addChosenSite(input);
    setProblem(result === 'invalid' ? WELCOME.badSite : result === 'declined' ? WELCOME.declined : '');
    if (result === 'added') setInput('');
  };
  return (
    <section aria-labelledby="chosen-heading">
      <form class="add-site" onSubmit={(e) => void add(e)}>
        <label for="add-site">{WELCOME.addSiteLabel}</label>
        <input
          id="add-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder={WELCOME.addSitePlaceholder}
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">{WELCOME.addSite}</button>
      </form>
      <p class="problem" role="alert">
        {problem}
      </p>
      <h3 id="chosen-heading">{WELCOME.chosenListHeading}</h3>
      <ul class="sites">
        {sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" onClick={() => void removeChosenSite(site)} aria-label={WELCOME.removeSite(site)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
