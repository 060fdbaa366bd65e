import type { Locator, Page } from '@playwright/test';

/** The side panel as a user sees it: its two contract regions. */
export class SidePanel {
  constructor(readonly page: Page) {}

  get pipeline(): Locator {
    return this.page.getByRole('list', { name: 'Pipeline' });
  }

  get onThisPage(): Locator {
    return this.page.getByRole('region', { name: 'On this page' });
  }
}
