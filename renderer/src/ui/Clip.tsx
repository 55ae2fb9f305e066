/**
 * Text cut off with an ellipsis at a given width (table rows have a fixed height); the full text
 * stays available as tooltip and to screen readers.
 */
export function Clip({ text, width }: { text: string; width: number | string }) {
  return (
    <span className="wo-clip" title={text} style={{ maxWidth: width }}>
      {text}
    </span>
  );
}
