import type { Page } from '@playwright/test';

export interface IsolatedWorld {
  evaluate<T = unknown>(expression: string): Promise<T>;
  detach(): Promise<void>;
}
export declare function isolatedWorld(page: Page, name?: string, timeout?: number): Promise<IsolatedWorld>;
export declare const OVERLAY_ROOTS: string;
