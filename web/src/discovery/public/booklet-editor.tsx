import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { assessmentFields, dayFields, dayTitle, hostLine, serviceDays } from '../booklet/booklet-pages.ts';
import type { Booklet } from '../types.ts';
import { BookletPageForm } from './booklet-page-form.tsx';

const filled = (content: Record<string, string | undefined> | undefined) =>
  Boolean(content && Object.values(content).some((v) => v?.trim()));

type Entry = {
  page: string;
  title: string;
  subtitle?: string;
  fields: typeof dayFields | typeof assessmentFields;
};

function entriesOf(booklet: Booklet): Entry[] {
  return [
    ...serviceDays(booklet).map((day) => ({
      page: day.page,
      title: dayTitle(booklet, day),
      subtitle: hostLine(day),
      fields: dayFields,
    })),
    { page: 'assessment', title: 'Bilan et projets', fields: assessmentFields },
  ];
}

type EditorProps = {
  slug: string;
  token: string;
  booklet: Booklet;
  onSaved: (page: string, content: Record<string, string>) => void;
  onClosed: (message: string) => void;
  /** Shown under the last page (the end-of-week survey). */
  afterAssessment?: ComponentChildren;
};

/** One page at a time on a phone: the contents say which pages are filled in, in words. */
export function BookletEditor({ slug, token, booklet, onSaved, onClosed, afterAssessment }: EditorProps) {
  const entries = entriesOf(booklet);
  const pages = booklet.pages;
  const [current, setCurrent] = useState(() => {
    const asked = new URLSearchParams(location.search).get('page');
    return entries.some((e) => e.page === asked) ? asked! : entries[0]!.page;
  });
  const [picked, setPicked] = useState(false);
  const index = entries.findIndex((e) => e.page === current);
  const entry = entries[index]!;
  const next = entries[index + 1];

  const open = (page: string) => {
    setCurrent(page);
    setPicked(true);
    history.replaceState(history.state, '', `${location.pathname}?page=${page}`);
  };

  return (
    <>
      <nav aria-label="Pages du livret" class="booklet-toc">
        <ol>
          {entries.map((e) => (
            <li key={e.page}>
              <a
                href={`?page=${e.page}`}
                aria-current={e.page === current ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  open(e.page);
                }}
              >
                {e.title}
              </a>{' '}
              <span class={filled(pages[e.page]) ? 'toc-state toc-state--done' : 'toc-state'}>
                {filled(pages[e.page]) ? '✓ enregistrée' : 'à remplir'}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <BookletPageForm
        key={entry.page}
        slug={slug}
        token={token}
        page={entry.page}
        title={entry.title}
        subtitle={entry.subtitle}
        fields={entry.fields}
        initial={pages[entry.page]}
        focusOnMount={picked}
        onSaved={(content) => onSaved(entry.page, content)}
        onClosed={onClosed}
      />
      {entry.page === 'assessment' ? afterAssessment : null}
      {next ? (
        <p>
          <button type="button" class="button button--secondary" onClick={() => open(next.page)}>
            Page suivante : {next.title}
          </button>
        </p>
      ) : null}
    </>
  );
}
