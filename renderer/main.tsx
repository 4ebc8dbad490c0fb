import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, MissingBridge } from './app';
import { findArchivo } from './bridge';
import { effectiveLanguage, localeFor } from './i18n/language';
import { createTranslation } from './i18n/messages';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const api = findArchivo();
const language = effectiveLanguage('system', navigator.languages);
const missing = createTranslation(language, localeFor(language, navigator.languages)).t.bridgeMissing;
createRoot(container).render(<StrictMode>{api ? <App api={api} /> : <MissingBridge message={missing} />}</StrictMode>);
