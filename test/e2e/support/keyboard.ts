import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves the focus with Tab (or Shift+Tab) until `target` has it, as a keyboard user would: never
 * a click. Fails when the target cannot be reached within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { back = false, limit = 60 } = {}): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `bereikbaar met ${back ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

/** The element that has the focus, described for a readable failure. */
export const focused = (page: Page): Locator => page.locator('*:focus');
