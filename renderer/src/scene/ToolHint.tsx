/**
 * A one-line hint over the viewport while the connect tool is on (what to click next), and
 * the projection in use when it is orthographic.
 */
import { useViewState } from '../ui/studioContext';

/** The hint, or nothing with the select tool in perspective. */
export function ToolHint() {
  const tool = useViewState((s) => s.tool);
  const from = useViewState((s) => s.connectFrom);
  const isOrtho = useViewState((s) => s.isOrthographic);
  if (tool !== 'connect' && !isOrtho) return null;
  const text =
    tool === 'connect'
      ? from
        ? `Connect: ${from.componentId}.${from.port} → click the other port (Esc drops it)`
        : 'Connect: click a port (C to leave the tool)'
      : 'Orthographic';
  return (
    <div className="viewport__tool" data-testid="tool-hint">
      {text}
    </div>
  );
}
