import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

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
  ])('refuses %s=%s with a message naming the key', (key, value) => {
    expect(() => loadConfig({ [key]: value }, ROOT)).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value }, ROOT)).toThrow(key);
  });

  it('turns demo data off with DEMO_DATA=false', () => {
    expect(loadConfig({ DEMO_DATA: 'false' }, ROOT).demoData).toBe(false);
  });
});
