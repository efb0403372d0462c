/** Says, visibly, which conditions the editor runs under. */
export function AssistsBadge() {
  return (
    <p className="assists-badge" aria-label="Editor conditions">
      <strong>Interview conditions</strong> · no autocomplete, parameter hints, hover or linting
    </p>
  );
}
