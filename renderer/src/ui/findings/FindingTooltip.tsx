/**
 * The tooltip of the rule-finding marker under the pointer (scene/findings/FindingMarkers.tsx
 * reports it in the findings store): the messages of its findings, the first few when many
 * share the spot. Positioned in client pixels beside the marker; never takes the pointer.
 */
import { useStore } from 'zustand';
import { useStudio } from '../studioContext';
import './findings.css';

/** Messages listed before "and N more". */
const SHOWN_MESSAGES = 4;

/** The hovered marker's tooltip, or nothing. */
export function FindingTooltip() {
  const studio = useStudio();
  const hover = useStore(studio.findings, (s) => s.hover);
  const findings = useStore(studio.findings, (s) => s.result?.findings);
  if (!hover || !findings) return null;
  const shown = hover.indices.slice(0, SHOWN_MESSAGES).flatMap((i) => findings[i] ?? []);
  const more = hover.indices.length - shown.length;
  return (
    <div
      className="finding-tip"
      role="tooltip"
      data-testid="finding-tooltip"
      style={{ left: hover.x, top: hover.y }}
    >
      {shown.map((f, i) => (
        <p key={i}>
          <b data-severity={f.severity}>{f.rule}</b>
          {f.message}
        </p>
      ))}
      {more > 0 && <p>and {more} more</p>}
    </div>
  );
}
