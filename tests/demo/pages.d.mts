export declare const DEMO_PAGES: Record<string, string>;
export declare const DEMO_TABS: string[];
