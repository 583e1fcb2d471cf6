// Words for a phone that listens and installs: what changed on the board from another device,
// said to a screen reader, and why this board cannot be installed without https.
import { messages } from '../define.ts';

export const install = messages(
  {
    'news.ticked': '{name} ticked “{title}”',
    'news.tickedNoName': '“{title}” was ticked off',
    'news.unticked': '“{title}” is not done any more',
    'news.announcement': 'New announcement: {text}',
    'install.heading': 'Phones and installing',
    'install.insecure':
      "This board is opened without a secure connection (https), so phones can't install it or open it without a connection. Everything else works. Ask whoever set up the server to add a certificate.",
    'install.secure':
      'Phones can add this board to their home screen, and it opens even without a connection.',
  },
  {
    'news.ticked': '{name} marcó «{title}»',
    'news.tickedNoName': 'Alguien marcó «{title}»',
    'news.unticked': '«{title}» ya no está hecha',
    'news.announcement': 'Nuevo aviso: {text}',
    'install.heading': 'Teléfonos e instalación',
    'install.insecure':
      'Este tablero se abre sin conexión segura (https), así que los teléfonos no pueden instalarlo ni abrirlo sin conexión. Todo lo demás funciona. Pide a quien instaló el servidor que añada un certificado.',
    'install.secure':
      'Los teléfonos pueden añadir este tablero a su pantalla de inicio, y se abre incluso sin conexión.',
  },
);
