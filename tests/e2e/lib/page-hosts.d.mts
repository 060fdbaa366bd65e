/** How the page's own scripts can pick out Sidecar's hosts: by their inline style. */
export declare const HOST_SELECTOR: string;
