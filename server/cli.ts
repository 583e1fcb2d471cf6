// The command line for whoever runs the server: make a house, list them, make an admin link.
//   npm run houseboard -- house create "Maple House" [--time-zone Europe/London] [--language es]
//   npm run houseboard -- house list
//   npm run houseboard -- house admin-link <house id>
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../board/settings.ts';
import { isTimeZone } from '../board/time.ts';
import { Access } from './access/access.ts';
import { ConfigError, houseLanguage, readConfig } from './config.ts';
import { Houses } from './houses.ts';
import { createLogger } from './log.ts';
import { openStores } from './store/open-stores.ts';

const USAGE = `Usage:
  npm run houseboard -- house create "<name>" [--time-zone <zone>] [--language <${LANGUAGES.join('|')}>]
  npm run houseboard -- house list
  npm run houseboard -- house admin-link <house id>`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'time-zone': { type: 'string' },
      language: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const [noun, verb, argument, ...extra] = positionals;
  if (noun !== 'house' || !verb || extra.length > 0) throw new UsageError(USAGE);

  const config = readConfig();
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  const stores = await openStores(config, createLogger('error'));
  try {
    const houses = await Houses.open(stores.houses, stores.documents);
    const access = await Access.open(stores.access);
    if (verb === 'create') {
      const name = argument?.trim();
      if (!name || name.length > 80)
        throw new UsageError('Please give the house a name of 1 to 80 characters.');
      const timeZone = values['time-zone'] ?? config.houseTimeZone;
      if (!isTimeZone(timeZone))
        throw new UsageError(`"${timeZone}" is not a time zone such as Europe/London.`);
      const language =
        values.language === undefined
          ? config.houseLanguage
          : houseLanguage(values.language, '--language');
      const house = await houses.create({ houseName: name, timeZone, language });
      console.log(`Made "${house.name}" (id ${house.id}, time zone ${timeZone}).`);
      console.log(`Language: ${language}.`);
      console.log(
        `Admin link (use once, within 7 days): ${base}/admin#${await access.createAdminInvite(house.id)}`,
      );
    } else if (verb === 'list') {
      for (const house of houses.list()) console.log(`${house.id}  ${house.name}`);
      if (houses.list().length === 0) console.log('No houses yet.');
    } else if (verb === 'admin-link') {
      const house = argument ? await houses.find(argument) : undefined;
      if (!house)
        throw new UsageError(
          `There is no house with id "${argument ?? ''}". See: npm run houseboard -- house list`,
        );
      console.log(
        `Admin link for "${house.name}" (use once, within 7 days): ${base}/admin#${await access.createAdminInvite(house.id)}`,
      );
    } else {
      throw new UsageError(USAGE);
    }
  } finally {
    await stores.close();
  }
}

run(process.argv.slice(2)).catch((error) => {
  if (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    (error as Error).name === 'TypeError'
  ) {
    console.error(`houseboard: ${(error as Error).message}`);
    process.exit(2);
  }
  console.error(`houseboard: ${(error as Error).message}`);
  process.exit(1);
});
