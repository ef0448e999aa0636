import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_KEY } from '../shared/host/bridge';
import { createDesktopApi } from './desktopApi';

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, createDesktopApi(ipcRenderer));
