import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { OPTIONS } from '../../lib/strings/options';
import { followTheme } from '../../lib/theme';
import './style.css';

document.title = OPTIONS.pageTitle;
followTheme();
render(<OptionsPage />, document.getElementById('app')!);
