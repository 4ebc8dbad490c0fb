/** Entry point of the `archivo` command (bundled to out/cli/archivo.cjs). */
import { runCli } from './run-cli';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color,
  onInterrupt: (handler) => {
    process.once('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
}).then((code) => {
  process.exitCode = code;
});
