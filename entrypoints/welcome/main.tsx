import { render } from 'preact';
import { WelcomePage } from '../../components/WelcomePage';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import { WELCOME } from '../../lib/strings/welcome';
import { followTheme } from '../../lib/theme';
import './style.css';

/** Renders (again, on a language change: every string table has switched by then). */
function draw() {
  document.title = WELCOME.pageTitle;
  render(<WelcomePage />, document.getElementById('app')!);
}

followTheme();
void followUiLanguage(draw).then(draw);
