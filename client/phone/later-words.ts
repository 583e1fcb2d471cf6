// The words of the phone's parts that load after its first screen (the list, "You", the admin's
// page, moving in). Every module that draws them imports this file, so none of its elements
// exists before the words are here, in the language the phone speaks.
import { wordsFor } from '../../ui/i18n/index.ts';
import { words } from '../../ui/i18n/words/phone-later.ts';

await wordsFor('phoneLater', words);
