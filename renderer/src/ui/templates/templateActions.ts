/**
 * Template actions: Edit → Convert to architecture… (the dialog), and `design.convert:<id>`
 * (menus, palette, test API) converting straight to that architecture.
 */
import { ArchitectureSchema } from '../../model/schema';
import type { Action } from '../actions/types';
import { convertDesign } from './convertDesign';

/** The template actions. */
export const TEMPLATE_ACTIONS: readonly Action[] = [
  {
    id: 'design.convert',
    label: 'Convert to architecture…',
    keys: [],
    menu: 'edit',
    when: ({ arg }) => arg === undefined || ArchitectureSchema.safeParse(arg).success,
    run: ({ studio, arg }) => {
      const architecture = ArchitectureSchema.safeParse(arg);
      if (architecture.success) return void convertDesign(studio, architecture.data);
      studio.convert.setState({ isOpen: true, error: '' });
    },
  },
];
