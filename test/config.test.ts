import path from 'node:path';
import { ConfigError, linkBase, loadConfig } from '../src/config';

const ROOT = path.resolve(__dirname, '..');

describe('configuration', () => {
  it('has working defaults: port 3978, ./data, 127.0.0.1 without an app id, demo data', () => {
    const c = loadConfig({}, ROOT);
    expect(c.port).toBe(3978);
    expect(c.dataDir).toBe(path.join(ROOT, 'data'));
    expect(c.databaseFile).toBe(path.join(ROOT, 'data', 'espace-citoyens.sqlite'));
    expect(c.outboxDir).toBe(path.join(ROOT, 'data', 'outbox'));
    expect(c.uploadsDir).toBe(path.join(ROOT, 'data', 'uploads'));
    expect(c.host).toBe('127.0.0.1');
    expect(c.bot.authDisabled).toBe(true);
    expect(c.demoData).toBe(true);
    expect(c.logLevel).toBe('info');
  });

  it('listens on every interface once tokens are checked, unless HOST says otherwise', () => {
    expect(loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' }, ROOT)).toMatchObject({ host: '0.0.0.0', bot: { authDisabled: false } });
    expect(loadConfig({ MicrosoftAppId: 'app', HOST: '10.0.0.5' }, ROOT).host).toBe('10.0.0.5');
    expect(loadConfig({ HOST: '0.0.0.0' }, ROOT).host).toBe('0.0.0.0');
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATA_DIR: ' ', MicrosoftAppId: '' }, ROOT)).toMatchObject({ port: 3978, host: '127.0.0.1' });
  });

  it('reads DATA_DIR relative to the project, or absolute', () => {
    expect(loadConfig({ DATA_DIR: 'var/bot' }, ROOT).dataDir).toBe(path.join(ROOT, 'var', 'bot'));
    expect(loadConfig({ DATA_DIR: '/srv/bot' }, ROOT).dataDir).toBe('/srv/bot');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['LOG_LEVEL', 'verbose'],
    ['DEMO_DATA', 'yes'],
    ['SECRET_KEY', 'short'],
    ['MicrosoftAppType', 'Anything'],
    ['METRICS_TOKEN', 'short'],
    ['METRICS_TOKEN', 'sixteen chars but spaces'],
  ])('refuses %s=%s with a message naming the key', (key, value) => {
    expect(() => loadConfig({ [key]: value }, ROOT)).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value }, ROOT)).toThrow(key);
  });

  it('turns demo data off with DEMO_DATA=false', () => {
    expect(loadConfig({ DEMO_DATA: 'false' }, ROOT).demoData).toBe(false);
  });
});

describe('configuration: values in detail', () => {
  it('resolves every folder from the root it is given', () => {
    const c = loadConfig({}, '/srv/espace');
    expect(c).toMatchObject({
      rootDir: '/srv/espace',
      dataDir: '/srv/espace/data',
      databaseFile: '/srv/espace/data/espace-citoyens.sqlite',
      migrationsFolder: '/srv/espace/db/migrations',
      localesDir: '/srv/espace/locales',
      cardsDir: '/srv/espace/cards',
    });
  });

  it('keeps authentication off, and the loopback address, without MicrosoftAppId', () => {
    const c = loadConfig({ MicrosoftAppPassword: 'pw-without-id' }, ROOT);
    expect(c.host).toBe('127.0.0.1');
    expect(c.bot).toMatchObject({ appId: undefined, authDisabled: true });
  });

  it('passes the Azure Bot settings through once MicrosoftAppId is set', () => {
    const c = loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant' }, ROOT);
    expect(c.bot).toEqual({ appId: 'app-id', appPassword: 'pw', appType: 'SingleTenant', tenantId: 'tenant', authDisabled: false });
    expect(c.host).toBe('0.0.0.0');
  });

  it.each([
    ['8080', 8080],
    ['0', 0],
    ['65535', 65535],
    [' 3000 ', 3000],
  ])('accepts PORT=%s', (value, port) => {
    expect(loadConfig({ PORT: value }, ROOT).port).toBe(port);
  });

  it.each(['abc', '70000', '65536', '80.5', '-1', '8080abc'])('refuses PORT=%s on a line that starts with PORT', (value) => {
    let message = '';
    try {
      loadConfig({ PORT: value }, ROOT);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toMatch(/^PORT: /m);
  });

  it.each(['debug', 'info', 'warn', 'error', 'silent'])('accepts LOG_LEVEL=%s', (level) => {
    expect(loadConfig({ LOG_LEVEL: level }, ROOT).logLevel).toBe(level);
  });

  it.each(['verbose', 'DEBUG', 'trace'])('refuses LOG_LEVEL=%s and says which levels exist', (level) => {
    expect(() => loadConfig({ LOG_LEVEL: level }, ROOT)).toThrow(/LOG_LEVEL: .*debug.*info.*warn.*error.*silent/);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['', true],
    [undefined, true],
  ])('reads DEMO_DATA=%s as %s', (value, demo) => {
    expect(loadConfig(value === undefined ? {} : { DEMO_DATA: value }, ROOT).demoData).toBe(demo);
  });

  it.each(['TRUE', 'False', '0', '1', 'no', 'oui'])('refuses DEMO_DATA=%s (only « true » or « false »)', (value) => {
    expect(() => loadConfig({ DEMO_DATA: value }, ROOT)).toThrow(/DEMO_DATA: /);
  });

  it('uses the SQLite file without DATABASE_URL, PostgreSQL with it, and its pool size', () => {
    expect(loadConfig({}, ROOT).postgres).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://espace:pw@db.example.fr:5432/espace' }, ROOT).postgres).toEqual({
      url: 'postgres://espace:pw@db.example.fr:5432/espace',
      poolSize: 10,
      migrationsFolder: path.join(ROOT, 'db', 'pg', 'migrations'),
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/espace', DATABASE_POOL_SIZE: '4' }, ROOT).postgres?.poolSize).toBe(4);
    expect(() => loadConfig({ DATABASE_URL: 'sqlite://data.db' }, ROOT)).toThrow(/DATABASE_URL: a PostgreSQL URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/espace', DATABASE_POOL_SIZE: '0' }, ROOT)).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('downloads attachments from the channels\' hosts by default, or from ATTACHMENT_HOSTS', () => {
    expect(loadConfig({}, ROOT).attachments.hosts).toEqual(['*.botframework.com', 'smba.trafficmanager.net', '*.sharepoint.com', 'api.twilio.com']);
    expect(loadConfig({ ATTACHMENT_HOSTS: ' files.ville.fr, *.Botframework.com ' }, ROOT).attachments.hosts).toEqual(['files.ville.fr', '*.botframework.com']);
    for (const bad of ['*', '*.com', 'https://files.ville.fr', 'files.ville.fr/path', '10.0.0.1:8080']) {
      expect(() => loadConfig({ ATTACHMENT_HOSTS: bad }, ROOT)).toThrow(/ATTACHMENT_HOSTS/);
    }
  });

  it('reports every invalid key at once', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DEMO_DATA: 'maybe' }, ROOT)).toThrow(/PORT: [^\n]*\nLOG_LEVEL: [^\n]*\nDEMO_DATA: /);
  });

  it('turns SMS on only with both the Twilio token and the webhook URL', () => {
    expect(loadConfig({ TWILIO_AUTH_TOKEN: 'tok' }, ROOT).sms).toBeUndefined();
    expect(loadConfig({ TWILIO_AUTH_TOKEN: 'tok', SMS_WEBHOOK_URL: 'https://bot.example.fr/api/sms' }, ROOT).sms).toEqual({ authToken: 'tok', webhookUrl: 'https://bot.example.fr/api/sms' });
    expect(() => loadConfig({ SMS_WEBHOOK_URL: 'not a url' }, ROOT)).toThrow(/SMS_WEBHOOK_URL/);
  });

  it('starts compiling the date models 2 s after listening by default, or after DATES_WARM_UP_MS', () => {
    expect(loadConfig({}, ROOT).datesWarmUpMs).toBe(2000);
    expect(loadConfig({ DATES_WARM_UP_MS: '0' }, ROOT).datesWarmUpMs).toBe(0);
    expect(loadConfig({ DATES_WARM_UP_MS: '86400000' }, ROOT).datesWarmUpMs).toBe(86_400_000);
    expect(() => loadConfig({ DATES_WARM_UP_MS: '-1' }, ROOT)).toThrow(/DATES_WARM_UP_MS/);
  });

  it('prepares the statements as the core opens by default, or at their first use with PREPARE_STATEMENTS=first-use', () => {
    expect(loadConfig({}, ROOT).prepareStatements).toBe('start');
    expect(loadConfig({ PREPARE_STATEMENTS: 'first-use' }, ROOT).prepareStatements).toBe('first-use');
    expect(() => loadConfig({ PREPARE_STATEMENTS: 'later' }, ROOT)).toThrow(/PREPARE_STATEMENTS/);
  });

  it('returns a frozen object', () => {
    const c = loadConfig({}, ROOT);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.bot)).toBe(true);
  });
});

describe('linkBase: the base of the links the product writes', () => {
  it('is PUBLIC_URL when set, else the address the bot listens on (a wildcard read as localhost)', () => {
    expect(linkBase({ publicUrl: 'https://bot.example.fr', host: '127.0.0.1', port: 3978 })).toBe('https://bot.example.fr');
    // The admin command and the bot agree: a mailed link opens the origin of the bot's own pages.
    expect(linkBase({ host: '127.0.0.1', port: 3978 })).toBe('http://127.0.0.1:3978');
    expect(linkBase({ host: '0.0.0.0', port: 3978 })).toBe('http://localhost:3978');
    expect(linkBase({ host: '127.0.0.1', port: 0 }, { address: '127.0.0.1', port: 41234 })).toBe('http://127.0.0.1:41234');
    expect(linkBase({ host: '::1', port: 3978 })).toBe('http://[::1]:3978');
  });
});
