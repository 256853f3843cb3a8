/**
 * The Cooling panel (View → Cooling panel, Shift+H), docked over the viewport: the ambient,
 * the convection of faces no boundary covers (top, bottom, sides; 0 = adiabatic), and the
 * cooling boundaries with add, edit and delete. Every change is one command (undoable); a
 * refused one shows the command's message. How the solver applies them: docs/MODELS.md.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { nextId, ID_PREFIX } from '../../model/ids';
import {
  addCoolingBoundary,
  removeCoolingBoundary,
  setAmbient,
  setExposedFaces,
  updateCoolingBoundary,
  type Command,
} from '../../model/commands';
import type { CoolingBoundary, ExposedFaces } from '../../model/schema';
import { useDocState, useStudio } from '../studioContext';
import { BoundaryForm } from './BoundaryForm';
import { draftOf, newDraft } from './boundaryDraft';
import { CoolingNumber } from './CoolingNumber';
import { describeRating, describeTarget } from './describeBoundary';
import './cooling.css';

const FACES: ReadonlyArray<[keyof ExposedFaces, string]> = [
  ['topHtcWm2K', 'Top'],
  ['bottomHtcWm2K', 'Bottom'],
  ['sidesHtcWm2K', 'Sides'],
];

/** The panel, when open. */
export function CoolingPanel() {
  const studio = useStudio();
  const isOpen = useStore(studio.cooling, (s) => s.isOpen);
  const doc = useDocState((s) => s.doc);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (!isOpen) return null;
  const { cooling } = doc;

  /** Runs a command: '' when it applied, else its message. */
  function run<P>(command: Command<P>): string {
    return studio.docs.runCommand(command) ? '' : studio.docs.store.getState().lastCommandError;
  }
  function submit<P>(command: Command<P>): string {
    const message = run(command);
    if (!message) setEditing(null);
    return message;
  }

  return (
    <section className="cooling" data-testid="cooling-panel" aria-label="Cooling">
      <header>
        <strong>Cooling</strong>
        <button
          type="button"
          aria-label="Close cooling"
          onClick={() => studio.cooling.setState({ isOpen: false })}
        >
          ×
        </button>
      </header>
      <CoolingNumber
        label="Ambient"
        unit="°C"
        value={cooling.ambientC}
        testId="cooling-ambient"
        onCommit={(ambientC) => run(setAmbient({ ambientC }))}
      />
      <h4>Exposed faces (no boundary on them), W/(m²·K)</h4>
      <p className="cooling__hint">0 makes a face adiabatic: no heat leaves through it.</p>
      <div className="field-row">
        {FACES.map(([key, label]) => (
          <CoolingNumber
            key={key}
            label={label}
            unit=""
            value={cooling.exposed[key]}
            testId={`cooling-exposed-${label.toLowerCase()}`}
            hint={`${label} faces to ambient, W/(m²·K); 0 = adiabatic`}
            onCommit={(v) => run(setExposedFaces({ [key]: v }))}
          />
        ))}
      </div>
      <h4>Boundaries ({cooling.boundaries.length})</h4>
      <ul className="cooling__list" data-testid="cooling-boundaries">
        {cooling.boundaries.map((b) =>
          editing === b.id ? (
            <li key={b.id}>
              <BoundaryForm
                initial={draftOf(b)}
                id={b.id}
                submitLabel="Apply"
                onSubmit={(next: CoolingBoundary) => {
                  // The id stays; a typed-in rating drops the preset (commands/cooling.ts).
                  const changes: Partial<CoolingBoundary> = { ...next };
                  delete changes.id;
                  return submit(updateCoolingBoundary({ id: b.id, changes }));
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={b.id} data-boundary={b.id}>
              <span className="cooling__row">
                <span className="cooling__name">{b.name || b.id}</span>
                <button
                  type="button"
                  onClick={() => setEditing(b.id)}
                  aria-label={`Edit ${b.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  onClick={() => run(removeCoolingBoundary({ id: b.id }))}
                  aria-label={`Delete ${b.name}`}
                >
                  Delete
                </button>
              </span>
              <span className="cooling__detail">
                {b.kind} · {describeTarget(doc, b.target)} · {describeRating(b.rating)} →{' '}
                {b.coolantC} °C
              </span>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <BoundaryForm
          initial={newDraft(doc, studio.view.getState().selection, 'cold-plate-1kw')}
          id={nextId(doc, ID_PREFIX.boundary)}
          submitLabel="Add"
          onSubmit={(boundary) => submit(addCoolingBoundary({ boundary }))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" data-testid="cooling-add" onClick={() => setEditing('new')}>
          Add boundary…
        </button>
      )}
    </section>
  );
}
