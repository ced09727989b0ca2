import { render } from 'preact';
import { libraryApi } from './api';
import { LibraryApp } from './LibraryApp';
import { syncWhileOpen } from './sync-while-open';

render(<LibraryApp api={libraryApi} />, document.getElementById('app')!);
syncWhileOpen();
