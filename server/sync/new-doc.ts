// A fresh Y.Doc for the server's own use. Yjs names each new document with a random UUID, drawn
// one random number per character (31 calls into the system's random source each): with a
// thousand houses connecting at once, that was a tenth of the connect time. The server never
// hands a document out as a subdocument, so a name unique within this process is enough.
import * as Y from 'yjs';

let made = 0;

export function newDoc(): Y.Doc {
  made += 1;
  return new Y.Doc({ guid: `server-${made}` });
}
