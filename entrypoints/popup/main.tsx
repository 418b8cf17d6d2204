import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import { startFirstScreen } from '../../lib/popup-first-screen';
import './style.css';

// First of all, the list's first page: the database opens and reads while the rest starts up.
const first = startFirstScreen();
/** Renders (again, on a language change: every string table has switched by then). */
const draw = () => render(<Popup first={first} />, document.getElementById('app')!);
// The language is one storage read: set it before the first render, so no English flashes by.
// The first frame also waits (briefly) for the first page, so it shows the list, not a blank one.
void Promise.all([followUiLanguage(draw), first.ready]).then(draw);
