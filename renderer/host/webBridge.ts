import type { HostBridge, OpenFileResult } from '../../shared/host/bridge';

/** The browser build's host: files leave as downloads and arrive through a file input. */
export function createWebBridge(doc: Document = document): HostBridge {
  return {
    kind: 'web',
    async saveFile({ suggestedName, content, mimeType }) {
      const blob = new Blob([content as BlobPart], {
        type: mimeType ?? 'application/octet-stream',
      });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoked later: some browsers read the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { status: 'saved', name: suggestedName };
    },
    openFile({ filters, maxBytes, as = 'text' }) {
      return new Promise<OpenFileResult>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.hidden = true;
        const finish = (result: OpenFileResult) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => finish({ status: 'cancelled' }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return finish({ status: 'cancelled' });
          if (file.size > maxBytes) return finish({ status: 'tooLarge', name: file.name });
          const reading =
            as === 'bytes'
              ? file.arrayBuffer().then((buffer) =>
                  finish({
                    status: 'openedBytes',
                    name: file.name,
                    bytes: new Uint8Array(buffer),
                  }),
                )
              : file
                  .text()
                  .then((content) => finish({ status: 'opened', name: file.name, content }));
          reading.catch(() => finish({ status: 'cancelled' }));
        });
        doc.body.append(input);
        input.click();
      });
    },
    async exportPdf({ route }) {
      // The print view prints itself once ready; the browser's dialog then saves the PDF.
      window.open(`${location.pathname}?autoprint=1${route}`, '_blank');
      return { status: 'printDialog' };
    },
    onMenuCommand() {
      // The browser has no application menu; the toolbar and shortcuts cover its commands.
      return () => {};
    },
    setMenuLanguage() {},
    onCloseRequested() {
      // A browser tab cannot hold its closing for an answer; beforeunload covers it instead.
      return () => {};
    },
  };
}
