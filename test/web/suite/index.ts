/**
 * Mocha entry of the web suite, bundled into one browser module (test/web/bundle.mjs), since a web
 * worker extension host can `require` nothing but `vscode`. The language-feature tests of the
 * desktop suite run unchanged here, plus the web-specific ones.
 */
import './setup';
import '../../vscode/suite/features.test';
import './web.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
}
