import { configure } from '@testing-library/react';

/**
 * jsdom lacks a few browser APIs Fluent UI v9 uses. Imported first by every pane test file
 * (the jest config is shared, so this is not a setupFiles entry).
 */
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/*
 * jsdom has no layout: `offsetParent` is always null and the body measures 0×0, so Tabster (Fluent's
 * keyboard navigation) takes every element for invisible and arrow keys and Tab do nothing. A
 * minimal stand-in: an element is laid out unless it or an ancestor is hidden or display:none.
 */
function laidOut(element: HTMLElement): boolean {
  for (let e: HTMLElement | null = element; e; e = e.parentElement) {
    if (e.hidden || window.getComputedStyle(e).display === 'none') return false;
  }
  return element.isConnected;
}

Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement) {
    return this === document.body || !laidOut(this) ? null : (this.parentElement ?? null);
  },
});

const bodyRect = document.body.getBoundingClientRect.bind(document.body);
document.body.getBoundingClientRect = () => {
  const rect = bodyRect();
  return rect.width === 0 && rect.height === 0 ? new DOMRect(0, 0, 1024, 768) : rect;
};

// Views load lazily and the fake runs the real engine: on a busy 2-core CI machine that can take
// longer than Testing Library's 1 s default, which would make the suite flaky rather than wrong.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
