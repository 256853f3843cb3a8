/**
 * File → New from template…: the bundled examples (one system, six architectures at 112G
 * and at 224G, plus a stress design) and an empty design; or Generate, the template
 * generator's form (ui/templates/GenerateForm.tsx). Example titles load in the background.
 */
import { useEffect, useState } from 'react';
import {
  EMPTY_TEMPLATE_ID,
  listExamples,
  loadExample,
  type ExampleEntry,
} from '../../store/examples';
import { runAction } from '../actions/registry';
import { useStudio } from '../studioContext';
import { ARCHITECTURE_LABELS, ARCHITECTURES } from '../templates/architectureLabels';
import { GenerateForm } from '../templates/GenerateForm';
import { Modal } from './Modal';

const LABELS: Readonly<Record<string, string>> = ARCHITECTURE_LABELS;
const ORDER: readonly string[] = ARCHITECTURES;

/** Architectures in the order of the comparison (pluggable → CPO C); 224G, then the rest after. */
function orderOf(entry: ExampleEntry | undefined, fileId: string): number {
  const index = entry ? ORDER.indexOf(entry.architecture) : -1;
  const rank = (index < 0 ? ORDER.length : index) + (fileId.endsWith('-224g') ? 10 : 0);
  // Stress designs share an architecture with an example; list them after the rest.
  return /stress/i.test(fileId) ? 100 + rank : rank;
}

function archLabel(entry: ExampleEntry | undefined, fileId: string): string {
  if (!entry) return '…';
  const label = LABELS[entry.architecture] ?? entry.architecture;
  return fileId.endsWith('-224g') ? `${label} · 224G` : label;
}

function ExampleList({ pick }: { pick: (id: string) => void }) {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, ExampleEntry>>(new Map());
  useEffect(() => {
    let isLive = true;
    void Promise.all(listExamples().map((f) => loadExample(f.id))).then((entries) => {
      if (isLive) setLoaded(new Map(entries.flatMap((e) => (e ? [[e.id, e] as const] : []))));
    });
    return () => {
      isLive = false;
    };
  }, []);
  return (
    <div className="templates">
      {[...listExamples()]
        .sort((a, b) => orderOf(loaded.get(a.id), a.id) - orderOf(loaded.get(b.id), b.id))
        .map((f) => {
          const e = loaded.get(f.id);
          return (
            <button
              key={f.id}
              type="button"
              className="template"
              data-template={f.id}
              onClick={() => pick(f.id)}
            >
              <span className="template__arch">{archLabel(e, f.id)}</span>
              <span className="template__name">{e?.title ?? f.id}</span>
              <span className="template__file">{f.fileName}</span>
            </button>
          );
        })}
      <button
        type="button"
        className="template"
        data-template={EMPTY_TEMPLATE_ID}
        onClick={() => pick(EMPTY_TEMPLATE_ID)}
      >
        <span className="template__arch">Empty</span>
        <span className="template__name">Bare board</span>
        <span className="template__file">250 × 200 mm PCB</span>
      </button>
    </div>
  );
}

/** Props: how to close the picker. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const [tab, setTab] = useState<'examples' | 'generate'>('examples');
  const pick = (id: string) => runAction(studio, `file.new:${id}`, 'menu');
  return (
    <Modal
      title="New from template"
      onClose={onClose}
      wide
      testId="templates-dialog"
      actions={
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <div className="tabs" role="tablist">
        {(['examples', 'generate'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            className={tab === t ? 'tab is-active' : 'tab'}
            data-testid={`templates-tab-${t}`}
            onClick={() => setTab(t)}
          >
            {t === 'examples' ? 'Examples' : 'Generate'}
          </button>
        ))}
      </div>
      {tab === 'examples' ? <ExampleList pick={pick} /> : <GenerateForm onDone={onClose} />}
    </Modal>
  );
}
