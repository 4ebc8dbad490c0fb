/**
 * The application menu in the three UI languages. The renderer reports which one it shows
 * (ui:preferences-changed), so the menu and the window always speak the same language.
 */
import type { UiLanguage } from './api';

export interface MenuLabels {
  readonly file: string;
  readonly openArchive: string;
  readonly recentArchives: string;
  readonly noRecentArchives: string;
  readonly exportPdf: string;
  readonly edit: string;
  readonly findInArticle: string;
  readonly view: string;
  readonly theme: string;
  readonly themeSystem: string;
  readonly themeLight: string;
  readonly themeDark: string;
  readonly language: string;
  readonly languageSystem: string;
  readonly largerText: string;
  readonly smallerText: string;
  readonly normalText: string;
  readonly help: string;
  readonly keyboardShortcuts: string;
  readonly focusSearch: string;
}

export const MENU_LABELS: Readonly<Record<UiLanguage, MenuLabels>> = {
  en: {
    file: '&File',
    openArchive: 'Open Archive…',
    recentArchives: 'Recent Archives',
    noRecentArchives: 'No Recent Archives',
    exportPdf: 'Export PDF…',
    edit: '&Edit',
    findInArticle: 'Find in Article',
    view: '&View',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    languageSystem: 'System',
    largerText: 'Larger Text',
    smallerText: 'Smaller Text',
    normalText: 'Normal Text Size',
    help: '&Help',
    keyboardShortcuts: 'Search Syntax and Shortcuts',
    focusSearch: 'Search',
  },
  es: {
    file: '&Archivo',
    openArchive: 'Abrir archivo…',
    recentArchives: 'Archivos recientes',
    noRecentArchives: 'No hay archivos recientes',
    exportPdf: 'Exportar PDF…',
    edit: '&Edición',
    findInArticle: 'Buscar en el artículo',
    view: '&Ver',
    theme: 'Tema',
    themeSystem: 'Sistema',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
    language: 'Idioma',
    languageSystem: 'Sistema',
    largerText: 'Texto más grande',
    smallerText: 'Texto más pequeño',
    normalText: 'Tamaño de texto normal',
    help: 'A&yuda',
    keyboardShortcuts: 'Sintaxis de búsqueda y atajos',
    focusSearch: 'Buscar',
  },
  pt: {
    file: '&Arquivo',
    openArchive: 'Abrir acervo…',
    recentArchives: 'Acervos recentes',
    noRecentArchives: 'Nenhum acervo recente',
    exportPdf: 'Exportar PDF…',
    edit: '&Editar',
    findInArticle: 'Localizar no artigo',
    view: '&Exibir',
    theme: 'Tema',
    themeSystem: 'Sistema',
    themeLight: 'Claro',
    themeDark: 'Escuro',
    language: 'Idioma',
    languageSystem: 'Sistema',
    largerText: 'Texto maior',
    smallerText: 'Texto menor',
    normalText: 'Tamanho de texto normal',
    help: 'A&juda',
    keyboardShortcuts: 'Sintaxe de pesquisa e atalhos',
    focusSearch: 'Pesquisar',
  },
};
