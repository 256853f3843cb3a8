/**
 * A modal dialog frame: backdrop, title, body, action buttons; Escape or the backdrop
 * closes it when `onClose` is given. Focus moves to the first button on open.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** Props of Modal. */
export interface ModalProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Buttons at the bottom right. */
  readonly actions: ReactNode;
  readonly onClose?: () => void;
  readonly tone?: 'default' | 'error';
  readonly testId?: string;
  readonly wide?: boolean;
}

/** A modal dialog. */
export function Modal({
  title,
  children,
  actions,
  onClose,
  tone = 'default',
  testId,
  wide,
}: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('.dialog__actions button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && onClose) {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return (
    <div className="backdrop" onPointerDown={(e) => e.target === e.currentTarget && onClose?.()}>
      <div
        ref={ref}
        className={`dialog dialog--${tone}${wide ? ' dialog--wide' : ''}`}
        role={tone === 'error' ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
      >
        <h2 className="dialog__title">{title}</h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>
  );
}
