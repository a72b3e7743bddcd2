/**
 * Ribbon commands. The only button opens the task pane (ShowTaskpane in the manifest), so there
 * is nothing to run here; Office still requires the page to initialise Office.
 */
void Office.onReady();
