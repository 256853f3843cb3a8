/**
 * The inspector: name, position and rotation of the selected component, edited
 * numerically with units (each committed edit is one command, one undo step), plus the
 * part's key facts from the library.
 */
import { movePart, rotatePart, setPartProperty } from '../../model/commands';
import type { Command } from '../../model/commands';
import { MAX_COORDINATE_MM } from '../../model/limits';
import { CATEGORY_LABELS } from '../../scene/palette';
import { useDocState, useStudio, useViewState } from '../studioContext';
import { ComponentThermal } from '../thermal/ComponentThermal';
import { ComponentCooling } from '../cooling/ComponentCooling';
import { FiberInspector } from '../fibers/FiberInspector';
import { LinkChannel } from '../channel/LinkChannel';
import { CarrierDetails } from './CarrierDetails';
import { QuantityField } from './QuantityField';
import { TextField } from './TextField';

/** The inspector panel. */
export function Inspector() {
  const studio = useStudio();
  const selection = useViewState((s) => s.selection);
  const doc = useDocState((s) => s.doc);
  const commandError = useDocState((s) => s.lastCommandError);
  const component =
    selection.length === 1 ? doc.components.find((c) => c.id === selection[0]) : undefined;
  const part = component ? studio.parts.get(component.partId) : undefined;
  const carrier =
    selection.length === 1 ? doc.carriers.find((c) => c.id === selection[0]) : undefined;
  const fiber = selection.length === 1 ? doc.fibers.find((f) => f.id === selection[0]) : undefined;
  const link = selection.length === 1 ? doc.links.find((l) => l.id === selection[0]) : undefined;
  const run = <P,>(command: Command<P>) => studio.docs.runCommand(command);

  return (
    <section className="panel inspector" aria-label="Inspector">
      <header className="panel__header">Inspector</header>
      <div className="panel__body">
        {carrier && <CarrierDetails carrier={carrier} />}
        {fiber && <FiberInspector fiber={fiber} />}
        {link && <LinkChannel key={link.id} link={link} />}
        {!component && !carrier && !fiber && !link && (
          <p className="panel__empty">
            {selection.length > 1
              ? `${selection.length} items selected`
              : 'Select a component in the view or the outline.'}
          </p>
        )}
        {component && (
          <form
            className="inspector__form"
            onSubmit={(e) => e.preventDefault()}
            data-testid="inspector"
          >
            <div className="inspector__title">
              <span className="inspector__id">{component.id}</span>
              <span className="inspector__part">
                {part?.name ?? `Unknown part "${component.partId}"`}
              </span>
            </div>
            <TextField
              label="Name"
              value={component.name}
              maxLength={200}
              testId="inspector-name"
              onCommit={(name) => run(setPartProperty({ id: component.id, changes: { name } }))}
            />
            <div className="field-row">
              <QuantityField
                label="X"
                unit="mm"
                value={component.positionMm.x}
                min={-MAX_COORDINATE_MM}
                max={MAX_COORDINATE_MM}
                testId="inspector-x"
                onCommit={(x) =>
                  run(movePart({ id: component.id, positionMm: { ...component.positionMm, x } }))
                }
              />
              <QuantityField
                label="Y"
                unit="mm"
                value={component.positionMm.y}
                min={-MAX_COORDINATE_MM}
                max={MAX_COORDINATE_MM}
                testId="inspector-y"
                onCommit={(y) =>
                  run(movePart({ id: component.id, positionMm: { ...component.positionMm, y } }))
                }
              />
            </div>
            <QuantityField
              label="Rotation"
              unit="°"
              value={component.rotationDeg}
              min={-360}
              max={360}
              testId="inspector-rotation"
              onCommit={(rotationDeg) => run(rotatePart({ id: component.id, rotationDeg }))}
            />
            {commandError && (
              <p className="field__message" role="alert">
                {commandError}
              </p>
            )}
            {part && (
              <dl className="facts">
                <dt>Category</dt>
                <dd>{CATEGORY_LABELS[part.category]}</dd>
                <dt>Size</dt>
                <dd>
                  {part.sizeMm.x} × {part.sizeMm.y} × {part.sizeMm.z} mm
                </dd>
                <dt>Power</dt>
                <dd>{component.overrides?.powerW ?? part.powerW} W</dd>
                <dt>Temp. limit</dt>
                <dd>{component.overrides?.tempLimitC ?? part.tempLimitC} °C</dd>
                <dt>Replacement</dt>
                <dd>{part.fruClass}</dd>
                <dt>Mount</dt>
                <dd>
                  {component.mount.carrierId}, {component.mount.side}
                  {component.mount.onComponentId ? ` on ${component.mount.onComponentId}` : ''}
                </dd>
              </dl>
            )}
            <ComponentThermal id={component.id} />
            <ComponentCooling id={component.id} />
          </form>
        )}
      </div>
    </section>
  );
}
