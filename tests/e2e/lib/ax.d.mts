import type { Page } from '@playwright/test';

/** A role and an accessible name (a string matches exactly, a RegExp tests it). */
export interface AxQuery {
  role?: string;
  name?: string | RegExp;
}

/** One node of Chromium's accessibility tree, with the DOM node behind it. */
export interface AxNode {
  backendNodeId: number;
  role: string;
  name: string;
}

export declare function axFind(page: Page, query?: AxQuery): Promise<AxNode[]>;
export declare function axWait(
  page: Page,
  query: AxQuery,
  options?: { count?: number; timeout?: number; interval?: number },
): Promise<AxNode[]>;
export declare function axClick(page: Page, target: AxNode | AxQuery): Promise<void>;
export declare function axTexts(page: Page, pattern: RegExp): Promise<string[]>;
export declare function pageVisibleText(page: Page): Promise<string>;
