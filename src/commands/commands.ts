/**
 * Function file of the ribbon. The Home-tab button only shows the task pane (ShowTaskpane in the
 * manifest), so no command function exists yet; this page just initialises Office as required.
 */
if (typeof Office !== 'undefined') void Office.onReady();
export {};
