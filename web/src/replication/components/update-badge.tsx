/** "Mise à jour disponible", in words and with a sign: never a coloured dot alone. */
export function UpdateBadge({ version }: { version: string }) {
  return (
    <span class="tag tag--update">
      <span aria-hidden="true">↑ </span>Mise à jour disponible : {version}
    </span>
  );
}
