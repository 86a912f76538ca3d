import type { ComponentChildren } from 'preact';

export type Tab = { id: string; label: string };

type Props = {
  /** Names the tab list for screen readers ("Sections du programme"). */
  label: string;
  tabs: Tab[];
  selected: string;
  onSelect: (id: string) => void;
  children: ComponentChildren;
};

/**
 * The WAI-ARIA tabs pattern: one tab stop for the whole list, arrow keys (and Home/End) move
 * between tabs and show the panel at once. Only the chosen panel is rendered.
 */
export function Tabs({ label, tabs, selected, onSelect, children }: Props) {
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  const focusTab = (next: number) => {
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    requestAnimationFrame(() => document.getElementById(`onglet-${tab.id}`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusTab(next);
  };

  const current = tabs[index]!;
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.id === current.id;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`onglet-${tab.id}`}
              class="tabs__tab"
              aria-selected={isSelected ? 'true' : 'false'}
              aria-controls={`panneau-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`panneau-${current.id}`}
        aria-labelledby={`onglet-${current.id}`}
        class="tabs__panel"
      >
        {children}
      </div>
    </div>
  );
}
