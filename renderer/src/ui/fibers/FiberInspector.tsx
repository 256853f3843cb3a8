/**
 * The inspector of a selected fiber: its ends, type, fiber count, bundle, bend radius
 * (at least the type's minimum, model/data/fiber.ts), external length, and the length of its
 * route from the latest analysis. Each committed field is one updateFiber command; a
 * refused one shows the command's message.
 */
import { updateFiber, type FiberChanges } from '../../model/commands';
import { FIBER_MIN_BEND_RADIUS_MM } from '../../model/data/fiber';
import { FiberTypeSchema, type Fiber, type FiberType } from '../../model/schema';
import { QuantityField } from '../inspector/QuantityField';
import { TextField } from '../inspector/TextField';
import { fixed } from '../metrics/format';
import { useSettledAnalysisState } from '../metrics/useSettledAnalysis';
import { useDocState, useStudio } from '../studioContext';

const end = (f: Fiber) =>
  f.to
    ? `${f.to.componentId}.${f.to.port}`
    : f.endMm
      ? `(${fixed(f.endMm.x, 1)}, ${fixed(f.endMm.y, 1)}) mm`
      : '—';

/** Props: the selected fiber. */
export function FiberInspector({ fiber }: { fiber: Fiber }) {
  const studio = useStudio();
  const commandError = useDocState((s) => s.lastCommandError);
  const row = useSettledAnalysisState((s) =>
    s.result?.electrical?.fibers?.fibers.find((f) => f.id === fiber.id),
  );
  const minimum = FIBER_MIN_BEND_RADIUS_MM[fiber.fiberType].minBendRadiusMm;
  const change = (changes: FiberChanges) =>
    studio.docs.runCommand(updateFiber({ id: fiber.id, changes }));
  return (
    <form
      className="inspector__form"
      onSubmit={(e) => e.preventDefault()}
      data-testid="fiber-inspector"
    >
      <div className="inspector__title">
        <span className="inspector__id">{fiber.id}</span>
        <span className="inspector__part">
          {fiber.from.componentId}.{fiber.from.port} → {end(fiber)}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${fiber.id}-type`}>Type</label>
        <div className="field__control">
          <select
            id={`${fiber.id}-type`}
            data-testid="fiber-type"
            value={fiber.fiberType}
            onChange={(e) => change({ fiberType: e.target.value as FiberType })}
          >
            {FiberTypeSchema.options.map((t) => (
              <option key={t} value={t}>
                {t} (≥ {FIBER_MIN_BEND_RADIUS_MM[t].minBendRadiusMm} mm)
              </option>
            ))}
          </select>
        </div>
      </div>
      <QuantityField
        label="Fibers"
        unit=""
        value={fiber.count}
        min={1}
        max={4096}
        testId="fiber-count"
        onCommit={(count) => change({ count: Math.round(count) })}
      />
      <TextField
        label="Bundle"
        value={fiber.bundle ?? ''}
        maxLength={200}
        testId="fiber-bundle"
        onCommit={(bundle) => change({ bundle: bundle.trim() === '' ? null : bundle.trim() })}
      />
      <QuantityField
        label="Bend radius"
        unit="mm"
        value={fiber.bendRadiusMm ?? minimum}
        min={minimum}
        max={1000}
        testId="fiber-radius"
        onCommit={(bendRadiusMm) => change({ bendRadiusMm })}
      />
      <QuantityField
        label="External"
        unit="m"
        value={fiber.externalLengthM}
        min={0}
        max={100_000}
        testId="fiber-external"
        onCommit={(externalLengthM) => change({ externalLengthM })}
      />
      <dl className="facts">
        <dt>Route length</dt>
        <dd data-testid="fiber-length">{row ? `${fixed(row.routeMm, 1)} mm` : '—'}</dd>
        <dt>Total length</dt>
        <dd>{row ? `${fixed(row.lengthMm, 1)} mm` : '—'}</dd>
        <dt>Waypoints</dt>
        <dd data-testid="fiber-waypoints">
          {fiber.waypointsMm.length} (drag a handle; double-click the fiber to add; Delete removes
          the selected one)
        </dd>
      </dl>
      {commandError && (
        <p className="field__message" role="alert">
          {commandError}
        </p>
      )}
    </form>
  );
}
