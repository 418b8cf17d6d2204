import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { saveFirstFrame, stampOf } from '../../lib/first-frame/record';
import { clearFirstFrame } from '../../lib/first-frame/show';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import { startFirstScreen } from '../../lib/popup-first-screen';
import './style.css';

// First of all, the list's first page: the database opens and reads while the rest starts up.
const first = startFirstScreen();
const app = document.getElementById('app')!;
let drawn = false;
/** Renders (again, on a language change: every string table has switched by then). */
const draw = () => {
  // The kept first frame (entrypoints/popup-first-frame) gives way in the same task: no flash.
  clearFirstFrame(app);
  render(<Popup first={first} />, app);
  if (drawn) return;
  drawn = true;
  // This frame, drawn from the database, is the next opening's first frame (lib/first-frame/).
  if (first.page.value?.groups.length) saveFirstFrame(app, stampOf(location.search));
};
// The language is one storage read: set it before the first render, so no English flashes by.
// The first frame also waits (briefly) for the first page, so it shows the list, not a blank one.
void Promise.all([followUiLanguage(draw), first.ready]).then(draw);
