/**
 * The inspector's cooling rows for the selected component: the boundaries on its outer face
 * (name, rating, coolant), or a note that it has none. Edited in the Cooling panel.
 */
import { useDocState } from '../studioContext';
import { boundariesOnComponent, describeRating } from './describeBoundary';

/** Props: id of the selected component. */
export function ComponentCooling({ id }: { id: string }) {
  const doc = useDocState((s) => s.doc);
  const on = boundariesOnComponent(doc, id);
  return (
    <div className="inspector-cooling" data-testid="inspector-cooling">
      <div className="inspector-thermal__head">Cooling</div>
      {on.length === 0 ? (
        <p className="panel__empty">No boundary on this part (Cooling panel, Shift+H).</p>
      ) : (
        <dl className="facts">
          {on.map((b) => (
            <div key={b.id} style={{ display: 'contents' }}>
              <dt>{b.name || b.id}</dt>
              <dd>
                {describeRating(b.rating)} → {b.coolantC} °C
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
