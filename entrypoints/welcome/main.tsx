import { render } from 'preact';
import { WelcomePage } from '../../components/WelcomePage';
import { WELCOME } from '../../lib/strings/welcome';
import './style.css';

document.title = WELCOME.pageTitle;
render(<WelcomePage />, document.getElementById('app')!);
