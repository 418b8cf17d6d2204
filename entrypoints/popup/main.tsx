import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import './style.css';

/** Renders (again, on a language change: every string table has switched by then). */
const draw = () => render(<Popup />, document.getElementById('app')!);
// The language is one storage read: set it before the first render, so no English flashes by.
void followUiLanguage(draw).then(draw);
