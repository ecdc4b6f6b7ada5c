/**
 * The engine worker (a dedicated Web Worker): the check runs here, off the pane's main thread, so
 * the pane keeps answering clicks and painting progress. Office add-ins run in a browser runtime
 * that has Web Workers (Microsoft's sample for Excel:
 * https://github.com/OfficeDev/Office-Add-in-samples/tree/main/Excel-custom-functions/web-worker).
 */
import { serveEngine, type EngineScope } from './engine-service';

serveEngine(self as unknown as EngineScope);
