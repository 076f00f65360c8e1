// FileMenu.tsx: the File button at the start of the toolbar and its menu: new, open (and the
// recent editions), save as, import text, keyboard shortcuts. A menu button with arrow-key
// navigation (WAI-ARIA menu button pattern); the Electron application menu has the same entries.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type MessageKey, useI18n } from '../i18n';

export interface FileMenuItem {
  readonly id: string;
  readonly label: MessageKey;
  /** Shown after the label, e.g. "Ctrl+O". */
  readonly keys?: string;
  readonly disabled?: boolean;
  readonly run: () => void;
}

export function FileMenu({ items }: { items: readonly FileMenuItem[] }): ReactNode {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current.find((el) => el && !el.disabled)?.focus();
    const onPointer = (event: PointerEvent): void => {
      const root = buttonRef.current?.parentElement;
      if (root && event.target instanceof Node && !root.contains(event.target)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent): void => {
    // The menu owns the keyboard while open: arrows move here, not the selected frame.
    event.stopPropagation();
    const enabled = itemRefs.current.filter((el): el is HTMLButtonElement => el !== null && !el.disabled);
    const at = enabled.findIndex((el) => el === document.activeElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') enabled[(at + 1) % enabled.length]?.focus();
    else if (event.key === 'ArrowUp') enabled[(at - 1 + enabled.length) % enabled.length]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div className="file-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid="file-menu"
        onClick={() => setOpen((o) => !o)}
      >
        {t('file.menu')}
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t('file.menu')} className="file-menu-list" onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <button
              key={item.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              data-testid={`file-${item.id}`}
              disabled={item.disabled ?? false}
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              <span>{t(item.label)}</span>
              {item.keys && <kbd>{item.keys}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
