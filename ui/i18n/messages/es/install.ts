// Spanish for ../install.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { install as english } from '../install.ts';

export const install = {
  'news.ticked': '{name} marcó «{title}»',
  'news.tickedNoName': 'Alguien marcó «{title}»',
  'news.unticked': '«{title}» ya no está hecha',
  'news.announcement': 'Nuevo aviso: {text}',
  'install.heading': 'Teléfonos e instalación',
  'install.insecure':
    'Este tablero se abre sin conexión segura (https), así que los teléfonos no pueden instalarlo ni abrirlo sin conexión. Todo lo demás funciona. Pide a quien instaló el servidor que añada un certificado.',
  'install.secure':
    'Los teléfonos pueden añadir este tablero a su pantalla de inicio, y se abre incluso sin conexión.',
} satisfies Translated<typeof english>;
