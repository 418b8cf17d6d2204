import type { TodoFilter } from '../db/article-groups';
import { strings } from '../lib/popup-strings';

const FILTERS: TodoFilter[] = ['open', 'done', 'all'];

/** Open / Done / All as a radio group: arrow keys move between them, as a screen reader expects. */
export function FilterTabs({ value, onChange }: { value: TodoFilter; onChange: (filter: TodoFilter) => void }) {
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{strings.filterLabel}</legend>
      {FILTERS.map((filter) => (
        <label key={filter} class={filter === value ? 'filter selected' : 'filter'}>
          <input
            type="radio"
            name="filter"
            value={filter}
            checked={filter === value}
            onChange={() => onChange(filter)}
          />
          <span>{strings.filters[filter]}</span>
        </label>
      ))}
    </fieldset>
  );
}
