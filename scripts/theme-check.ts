/**
 * npm run theme:check -- themes/<name>   checks one theme folder
 * npm run theme:check                    checks every folder in themes/
 * Prints each problem as `themes/x/theme.json › layout.header: expected one of …`; exits 1 on any.
 */
import { relative, resolve } from 'node:path';
import { checkThemeFolder, formatThemeProblem, themeFolders } from '../src/domain/themes/check-theme';

async function main(args: string[]): Promise<number> {
  const folders = args.length > 0 ? args.map((arg) => resolve(arg)) : await themeFolders(resolve('themes'));
  if (folders.length === 0) {
    console.error('No theme found in themes/.');
    return 1;
  }
  let failed = 0;
  for (const folder of folders) {
    const shown = relative(process.cwd(), folder) || '.';
    const check = await checkThemeFolder(folder);
    if (check.ok) {
      console.log(`✓ ${shown} is valid`);
    } else {
      failed += 1;
      for (const problem of check.problems) console.error(formatThemeProblem(shown, problem));
    }
  }
  if (failed > 0) console.error(`\n${failed} of ${folders.length} theme${folders.length > 1 ? 's' : ''} need${failed === 1 ? 's' : ''} fixing.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2).filter((arg) => arg !== '--'));
