import type { ComponentChildren, Ref } from 'preact';

type Props = {
  tone: 'success' | 'error' | 'info';
  children: ComponentChildren;
  noticeRef?: Ref<HTMLDivElement>;
};

/** A message about the last action. Success is polite (role=status); failure interrupts (role=alert). */
export function Notice({ tone, children, noticeRef }: Props) {
  return (
    <div
      class={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      ref={noticeRef}
      tabIndex={noticeRef ? -1 : undefined}
    >
      {children}
    </div>
  );
}

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p class="loading" role="status">
      {label}
    </p>
  );
}
