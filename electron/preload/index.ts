/**
 * The sandboxed preload (built as CommonJS): exposes the host contract as `window.lightpath`
 * and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createHostBridge } from './hostBridge';

contextBridge.exposeInMainWorld('lightpath', createHostBridge(ipcRenderer));
