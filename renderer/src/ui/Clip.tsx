/**
 * Text cut off with an ellipsis where its column ends (table rows have a fixed height); the full
 * text stays available as tooltip and to screen readers. `width` is only an upper bound: the
 * column, not a fixed number, decides, so wide screens show more.
 */
export function Clip({ text, width }: { text: string; width?: number | string }) {
  return (
    <span className="wo-clip" title={text} style={width === undefined ? undefined : { maxWidth: width }}>
      {text}
    </span>
  );
}
