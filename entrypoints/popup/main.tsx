import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { saveFirstFrame, stampOf } from '../../lib/first-frame/record';
import { clearFirstFrame } from '../../lib/first-frame/show';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import { sendMessage } from '../../lib/messaging';
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
  // This frame, drawn from the database, is the next opening's first frame (lib/first-frame/),
  // kept here and handed to the background, which serves it with the page while it runs.
  if (!first.page.value?.groups.length) return;
  const kept = saveFirstFrame(app, stampOf(location.search));
  if (kept) {
    const { stamp, languages, lang, tree } = kept;
    const theme = document.documentElement.dataset.theme ?? '';
    void sendMessage('keepFirstFrame', { stamp, languages, lang, theme, tree }).catch(() => undefined);
  }
};
// The language is one storage read: set it before the first render, so no English flashes by.
// The first frame also waits (briefly) for the first page, so it shows the list, not a blank one.
void Promise.all([followUiLanguage(draw), first.ready]).then(draw);
