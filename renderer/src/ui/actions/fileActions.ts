/**
 * File actions: new from template, open, open recent, save, save as.
 */
import { EMPTY_TEMPLATE_ID } from '../../store/examples';
import type { Action } from './types';

const always = () => true;

/** The File menu's actions. */
export const FILE_ACTIONS: readonly Action[] = [
  {
    id: 'file.templates',
    label: 'New from template…',
    keys: ['Mod+N'],
    menu: 'file',
    when: always,
    run: ({ studio }) => studio.view.setState({ dialog: { kind: 'templates' } }),
  },
  {
    id: 'file.new',
    label: 'New design',
    keys: [],
    when: always,
    run: async ({ studio, arg }) => {
      studio.view.setState({ dialog: null });
      if (await studio.confirmDiscard()) await studio.newFromTemplate(arg ?? EMPTY_TEMPLATE_ID);
    },
  },
  {
    id: 'file.open',
    label: 'Open…',
    keys: ['Mod+O'],
    menu: 'file',
    when: always,
    run: async ({ studio }) => {
      if (await studio.confirmDiscard()) await studio.openFile();
    },
  },
  {
    id: 'file.openRecent',
    label: 'Open recent',
    keys: [],
    when: always,
    run: async ({ studio, arg }) => {
      if (arg && (await studio.confirmDiscard())) await studio.openRecent(arg);
    },
  },
  {
    id: 'file.save',
    label: 'Save',
    keys: ['Mod+S'],
    menu: 'file',
    when: always,
    run: ({ studio }) => studio.save(),
  },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    keys: ['Mod+Shift+S'],
    menu: 'file',
    when: always,
    run: ({ studio }) => studio.saveAs(),
  },
  {
    id: 'file.saveAndClose',
    label: 'Save and close',
    keys: [],
    when: always,
    run: ({ studio }) => studio.save(),
  },
];
