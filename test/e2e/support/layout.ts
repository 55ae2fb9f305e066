import type { Page } from '@playwright/test';

/**
 * What a screen must never do at any window size, as found by a wijkmanager on a 1366×768
 * laptop (issue 12): tables or toolbars wider than their container, buttons or headers cut off
 * or broken inside a word, table text cut off with no way to read it whole, and a vergadermodus
 * that leaves the item being discussed less than 60 % of the height. Returns the problems found,
 * each in words that say where to look.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const TOLERANCE = 1;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[hidden], .wo-visually-hidden, dialog:not([open])');
    };
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${text}"`;
    };
    /** Ancestors that clip their content horizontally (overflow other than visible). */
    const clippers = (el: Element) => {
      const out: Element[] = [];
      for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') out.push(p);
      }
      return out;
    };

    // The page itself never scrolls sideways.
    if (document.documentElement.scrollWidth > window.innerWidth + TOLERANCE) {
      problems.push(`de pagina is ${document.documentElement.scrollWidth}px breed in een venster van ${window.innerWidth}px`);
    }

    // Tables and toolbars fit in their container: no sideways scrolling, nothing hidden beside them.
    for (const table of document.querySelectorAll('table')) {
      if (!visible(table)) continue;
      const container = table.parentElement!;
      const width = table.getBoundingClientRect().width;
      if (width > container.clientWidth + TOLERANCE) problems.push(`tabel ${name(table.querySelector('caption') ?? table)} is ${Math.round(width)}px breed in ${container.clientWidth}px`);
    }
    for (const bar of document.querySelectorAll('.wo-datatable__toolbar, [role="toolbar"], .wo-page__actions, .wo-meeting__controls, .wo-buttons, .wo-page__header')) {
      if (!visible(bar)) continue;
      if (bar.scrollWidth > bar.clientWidth + TOLERANCE) problems.push(`werkbalk ${name(bar)} loopt over (${bar.scrollWidth}px in ${bar.clientWidth}px)`);
      const parent = bar.parentElement!.getBoundingClientRect();
      const box = bar.getBoundingClientRect();
      if (box.right > parent.right + TOLERANCE) problems.push(`werkbalk ${name(bar)} steekt ${Math.round(box.right - parent.right)}px buiten zijn vak`);
    }

    // Buttons and headers are whole: inside the window and every clipping ancestor, their text not cut.
    for (const el of document.querySelectorAll('button, [role="button"], th, h1, h2, h3, h4')) {
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + TOLERANCE || box.left < -TOLERANCE) problems.push(`${name(el)} valt buiten het venster`);
      for (const clip of clippers(el)) {
        const c = clip.getBoundingClientRect();
        // A sticky header row sits in a vertical scroller; only sideways clipping counts here.
        if (box.right > c.right + TOLERANCE || box.left < c.left - TOLERANCE) {
          problems.push(`${name(el)} is afgesneden door ${name(clip).slice(0, 60)}`);
          break;
        }
      }
      if (el.tagName !== 'TH' && getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + TOLERANCE) problems.push(`${name(el)}: tekst afgesneden`);
      // A header broken inside a word ("E-/mail") is cut as well.
      if (/^(TH|H[1-4])$/.test(el.tagName)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const text = t.textContent ?? '';
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(t, match.index);
            range.setEnd(t, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) problems.push(`kop ${name(el)} breekt midden in "${match[0]}"`);
          }
        }
      }
    }

    // Cut-off text in a table cell must be readable whole: a title (tooltip) or an accessible name with all of it.
    for (const cell of document.querySelectorAll('td, th')) {
      if (!visible(cell)) continue;
      for (const el of [cell, ...cell.querySelectorAll('*')]) {
        if (!(el instanceof HTMLElement) || !visible(el)) continue;
        const style = getComputedStyle(el);
        const clipsX = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
        if (!clipsX || el.scrollWidth <= el.clientWidth + TOLERANCE) continue;
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const holder = el.closest('[title], [aria-label]');
        const whole = holder && cell.contains(holder) ? (holder.getAttribute('title') ?? holder.getAttribute('aria-label') ?? '') : '';
        if (!whole.replace(/\s+/g, ' ').includes(text)) problems.push(`tabeltekst "${text.slice(0, 50)}" is afgesneden zonder de volledige tekst (title)`);
      }
    }

    // A checkbox stands before its label, on its first line (not below the label and its help text).
    for (const box of document.querySelectorAll('input[type="checkbox"]')) {
      if (!visible(box) || !box.id) continue;
      const label = document.querySelector(`label[for="${CSS.escape(box.id)}"]`);
      if (!label || !visible(label)) continue;
      const b = box.getBoundingClientRect();
      const l = label.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || 24;
      if (b.top > l.top + lineHeight || b.left > l.left) problems.push(`vinkje bij ${name(label)} staat niet voor zijn label`);
    }

    // The vergadermodus gives the item being discussed most of the screen.
    const item = document.querySelector('.wo-meeting__main');
    if (item && visible(item)) {
      const height = item.getBoundingClientRect().height;
      if (height < 0.6 * window.innerHeight) problems.push(`het agendapunt krijgt ${Math.round(height)}px van ${window.innerHeight}px hoogte (minder dan 60 %)`);
    }
    return [...new Set(problems)];
  });
}
