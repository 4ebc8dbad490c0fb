/** The version stamped on exports and printed by the CLI; the bundler inlines it from package.json. */
import { version } from '../package.json';

export const APP_VERSION: string = version;
