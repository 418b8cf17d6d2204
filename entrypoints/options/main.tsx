import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import { OPTIONS } from '../../lib/strings/options';
import { followTheme } from '../../lib/theme';
import './style.css';

/** Renders (again, on a language change: every string table has switched by then). */
function draw() {
  document.title = OPTIONS.pageTitle;
  render(<OptionsPage />, document.getElementById('app')!);
}

followTheme();
void followUiLanguage(draw).then(draw);
