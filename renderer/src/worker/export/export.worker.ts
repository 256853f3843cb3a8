/** The export worker: builds one export per message (exportJob.ts) and posts its text back. */
import { buildExport, type ExportReply, type ExportRequest } from './exportJob';

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  let reply: ExportReply;
  try {
    reply = { ok: true, text: buildExport(event.data) };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
