/**
 * testing-library's waits, set once for every test (jest.config.js `setupFilesAfterEnv`): its
 * default of one second is a guess at how fast the machine is, and on a busy one `findByRole` gave
 * up before the pane had drawn. A wait ends as soon as what it waits for is there, so a long limit
 * costs nothing when things go well; it stays under the test's own limit (jest.config.js
 * `testTimeout`), so that a failure still names what never came.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 30_000 });
