import { render } from 'preact';
import { libraryApi } from './api';
import { LibraryApp } from './LibraryApp';

render(<LibraryApp api={libraryApi} />, document.getElementById('app')!);
