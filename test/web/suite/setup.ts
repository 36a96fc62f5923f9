/**
 * Mocha's browser build (it defines the `mocha` global; test/web/bundle.mjs makes it take that
 * branch of its UMD header), set up before any test file defines its suites.
 */
import 'mocha/mocha.js';

mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60000, forbidOnly: true });
