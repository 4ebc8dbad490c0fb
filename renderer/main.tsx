import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, MissingBridge } from './app';
import { findArchivo } from './bridge';
import { strings } from './strings';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const api = findArchivo();
createRoot(container).render(
  <StrictMode>{api ? <App api={api} /> : <MissingBridge message={strings.bridgeMissing} />}</StrictMode>,
);
