import { render } from 'preact';
import { settingsApi } from './api';
import { Settings } from './Settings';

render(<Settings api={settingsApi} />, document.getElementById('app')!);
