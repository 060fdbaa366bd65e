export declare function siteOf(fixtureFile: string): 'linkedin' | 'gmail' | null;
export declare function siteStyle(site: 'linkedin' | 'gmail'): string;
export declare function withSiteStyle(html: string, fixtureFile: string): string;
