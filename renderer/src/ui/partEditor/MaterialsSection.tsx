/**
 * The design's own materials, for build-up layers the built-in table lacks: listed with
 * their conductivities and source, added or removed at once through the addMaterial and
 * removeMaterial commands (each its own undo step, kept if the part editor is cancelled).
 * A refusal (a key a built-in material has, a material still in use) is shown here.
 */
import { useState } from 'react';
import { addMaterial, removeMaterial } from '../../model/commands';
import { useDocState, useStudio } from '../studioContext';
import { NumberInput } from './NumberInput';

const EMPTY = {
  key: '',
  name: '',
  inPlaneWmK: Number.NaN,
  throughPlaneWmK: Number.NaN,
  source: '',
};

/** The design-materials list and its add form. */
export function MaterialsSection() {
  const studio = useStudio();
  const materials = useDocState((s) => s.doc.materials);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState('');
  const run = (isDone: boolean) => {
    setError(isDone ? '' : studio.docs.store.getState().lastCommandError);
    return isDone;
  };
  function add() {
    const material = { ...form, name: form.name || form.key, source: form.source || 'user' };
    if (run(studio.docs.runCommand(addMaterial({ material })))) setForm(EMPTY);
  }
  return (
    <fieldset className="part-editor__section part-editor__materials" aria-label="Design materials">
      <legend>Design materials</legend>
      <table className="part-editor__table" data-testid="design-materials">
        <thead>
          <tr>
            <th>Key</th>
            <th>Name</th>
            <th>k in-plane</th>
            <th>k through</th>
            <th>Source</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {materials.map((m) => (
            <tr key={m.key}>
              <td>{m.key}</td>
              <td>{m.name}</td>
              <td>{m.inPlaneWmK}</td>
              <td>{m.throughPlaneWmK}</td>
              <td>{m.source}</td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove material ${m.key}`}
                  onClick={() => run(studio.docs.runCommand(removeMaterial({ key: m.key })))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <input
                className="part-editor__text"
                aria-label="New material key"
                placeholder="key"
                value={form.key}
                onChange={(e) => setForm({ ...form, key: e.target.value })}
              />
            </td>
            <td>
              <input
                className="part-editor__text"
                aria-label="New material name"
                placeholder="name"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
              />
            </td>
            <td>
              <NumberInput
                label="New material k in-plane"
                value={form.inPlaneWmK}
                onChange={(v) => setForm({ ...form, inPlaneWmK: v ?? Number.NaN })}
              />
            </td>
            <td>
              <NumberInput
                label="New material k through-plane"
                value={form.throughPlaneWmK}
                onChange={(v) => setForm({ ...form, throughPlaneWmK: v ?? Number.NaN })}
              />
            </td>
            <td>
              <input
                className="part-editor__source"
                aria-label="New material source"
                placeholder="user"
                value={form.source}
                onChange={(e) => setForm({ ...form, source: e.target.value })}
              />
            </td>
            <td>
              <button type="button" onClick={add}>
                Add
              </button>
            </td>
          </tr>
        </tbody>
      </table>
      {error !== '' && (
        <p className="part-editor__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
