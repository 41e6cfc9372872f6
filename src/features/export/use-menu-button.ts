/**
 * A menu button (WAI-ARIA APG "menu button" pattern): Enter/Space/↓ open the menu on its first item, ↑ on its last;
 * ↑/↓ move between items (wrapping), Home/End jump; Esc closes and returns focus to the button; Tab or a click
 * outside closes. While open the menu is kept inside the viewport (phones, right-to-left).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

const EDGE = 8;

export function useMenuButton() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusAt = useRef<'first' | 'last'>('first');

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);
  const openAt = (at: 'first' | 'last') => {
    focusAt.current = at;
    setOpen(true);
  };

  // On opening: focus the first (or last) item, and shift the menu back into the viewport if it overflows.
  useLayoutEffect(() => {
    const el = menu.current;
    if (!open || !el) return;
    el.style.transform = '';
    const box = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const dx = box.left < EDGE ? EDGE - box.left : box.right > vw - EDGE ? vw - EDGE - box.right : 0;
    if (dx) el.style.transform = `translateX(${dx}px)`;
    const list = items();
    (focusAt.current === 'last' ? list[list.length - 1] : list[0])?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, close]);

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKeyDown = (e: KeyboardEvent) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const go = (j: number) => list[(j + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') close(true);
    else {
      if (e.key === 'Tab') close(false);
      return;
    }
    e.preventDefault();
  };

  return {
    open,
    root,
    close,
    buttonProps: {
      ref: button,
      'aria-haspopup': 'menu' as const,
      'aria-expanded': open,
      onClick: () => (open ? close(false) : openAt('first')),
      onKeyDown: onButtonKeyDown,
    },
    menuProps: { ref: menu, role: 'menu', onKeyDown: onMenuKeyDown },
  };
}
