import path from 'node:path';
import type { z } from 'zod';
import type {
  ExportPdfRequest,
  OpenFileResult,
  OpenProjectorRequest,
  OpenProjectorResult,
  SaveFileResult,
} from '../shared/host/bridge';
import { IPC_CHANNELS } from '../shared/host/bridge';
import {
  exportPdfRequestSchema,
  languageSchema,
  openFileRequestSchema,
  openProjectorRequestSchema,
  saveFileRequestSchema,
} from '../shared/host/ipcSchemas';
import type { Language } from '../shared/model/graph';
import { isAppUrl } from './security';

/** What the handlers need from Electron and the file system, injected so tests can stand in. */
export interface IpcDeps {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{
    canceled: boolean;
    filePath?: string;
  }>;
  showOpenDialog(options: { filters: { name: string; extensions: string[] }[] }): Promise<{
    canceled: boolean;
    filePaths: string[];
  }>;
  writeFile(filePath: string, content: string | Uint8Array): Promise<void>;
  readFile(filePath: string): Promise<string>;
  readBytes(filePath: string): Promise<Uint8Array>;
  fileSize(filePath: string): Promise<number>;
  setMenuLanguage(language: Language): void;
  exportPdf(request: ExportPdfRequest): Promise<SaveFileResult>;
  openProjector(request: OpenProjectorRequest): Promise<OpenProjectorResult>;
  closeProjector(): void;
}

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

export class IpcRejected extends Error {}

/** Every IPC argument arrives as unknown and leaves main's checks typed, or not at all. */
export function parseIpcArgument<T>(schema: z.ZodType<T>, value: unknown, channel: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new IpcRejected(`${channel}: invalid argument`);
  return result.data;
}

/** Only the app's own pages may call main; anything else loaded by mistake is refused. */
export function assertTrustedSender(event: IpcEventLike, channel: string): void {
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url))
    throw new IpcRejected(`${channel}: untrusted sender`);
}

export function createIpcHandlers(deps: IpcDeps) {
  return {
    async [IPC_CHANNELS.saveFile](event: IpcEventLike, request: unknown): Promise<SaveFileResult> {
      assertTrustedSender(event, IPC_CHANNELS.saveFile);
      const { suggestedName, content, filters } = parseIpcArgument(
        saveFileRequestSchema,
        request,
        IPC_CHANNELS.saveFile,
      );
      const choice = await deps.showSaveDialog({
        defaultPath: path.basename(suggestedName),
        filters,
      });
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      await deps.writeFile(choice.filePath, content);
      return { status: 'saved', name: path.basename(choice.filePath) };
    },
    async [IPC_CHANNELS.openFile](event: IpcEventLike, request: unknown): Promise<OpenFileResult> {
      assertTrustedSender(event, IPC_CHANNELS.openFile);
      const { filters, maxBytes, as } = parseIpcArgument(
        openFileRequestSchema,
        request,
        IPC_CHANNELS.openFile,
      );
      const choice = await deps.showOpenDialog({ filters });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { status: 'cancelled' };
      const name = path.basename(filePath);
      if ((await deps.fileSize(filePath)) > maxBytes) return { status: 'tooLarge', name };
      if (as === 'bytes')
        return { status: 'openedBytes', name, bytes: await deps.readBytes(filePath) };
      return { status: 'opened', name, content: await deps.readFile(filePath) };
    },
    async [IPC_CHANNELS.exportPdf](event: IpcEventLike, request: unknown): Promise<SaveFileResult> {
      assertTrustedSender(event, IPC_CHANNELS.exportPdf);
      return deps.exportPdf(
        parseIpcArgument(exportPdfRequestSchema, request, IPC_CHANNELS.exportPdf),
      );
    },
    async [IPC_CHANNELS.openProjector](
      event: IpcEventLike,
      request: unknown,
    ): Promise<OpenProjectorResult> {
      assertTrustedSender(event, IPC_CHANNELS.openProjector);
      return deps.openProjector(
        parseIpcArgument(openProjectorRequestSchema, request, IPC_CHANNELS.openProjector),
      );
    },
    async [IPC_CHANNELS.closeProjector](event: IpcEventLike): Promise<void> {
      assertTrustedSender(event, IPC_CHANNELS.closeProjector);
      deps.closeProjector();
    },
    async [IPC_CHANNELS.setMenuLanguage](event: IpcEventLike, language: unknown): Promise<void> {
      assertTrustedSender(event, IPC_CHANNELS.setMenuLanguage);
      deps.setMenuLanguage(
        parseIpcArgument(languageSchema, language, IPC_CHANNELS.setMenuLanguage),
      );
    },
  };
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  for (const [channel, handler] of Object.entries(createIpcHandlers(deps)))
    ipcMain.handle(channel, (event, arg) => handler(event, arg));
}
