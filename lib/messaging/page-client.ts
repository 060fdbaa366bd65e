import { browser } from '#imports';
import { createPagePort, PAGE_PORT_NAME } from './transport/page-port';

/** A content script's one port to the worker (see page-port.ts for why not runtime.sendMessage). */
export const pagePort = createPagePort(() => browser.runtime.connect({ name: PAGE_PORT_NAME }));

/** Send a page message to the worker: typed by the protocol, checked by the worker's gate. */
export const sendPageMessage = pagePort.send;
