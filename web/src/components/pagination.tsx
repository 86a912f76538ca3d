type Props = { page: number; pageSize: number; total: number; onPage: (page: number) => void; label: string };

export function Pagination({ page, pageSize, total, onPage, label }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={label}>
      <button
        type="button"
        class="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        <span aria-hidden="true">← </span>Page précédente
      </button>
      <p>
        Page {page} sur {pages}
      </p>
      <button
        type="button"
        class="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Page suivante<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
