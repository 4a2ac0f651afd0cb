/**
 * The shape of the validated configuration (src/config.ts reads and checks the environment into it):
 * every setting the product runs with, documented where it is declared.
 */
export interface Config {
  port: number;
  /** Address the server binds: 127.0.0.1 by default when authentication is off. */
  host: string;
  rootDir: string;
  dataDir: string;
  databaseFile: string;
  /** PostgreSQL (DATABASE_URL) for several instances on one database; without it, the SQLite file. */
  postgres?: { url: string; poolSize: number; migrationsFolder: string };
  outboxDir: string;
  uploadsDir: string;
  migrationsFolder: string;
  localesDir: string;
  cardsDir: string;
  /** The official school calendars, one file per zone (db/reference/school-calendars). */
  schoolCalendarDir: string;
  /** The calendars shipped with the code: a zone without a file in schoolCalendarDir is read there. */
  shippedCalendarDir: string;
  demoData: boolean;
  defaultCommune?: string;
  /** Hex secret for keyed hashes; when absent, one is generated into DATA_DIR/secret.key at start. */
  secretKey?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** smtp(s)://user:pass@host:port; absent: mails go to outboxDir as .eml files. */
  smtpUrl?: string;
  mailFrom: string;
  /** SMS through Twilio: both set, or the /api/sms route does not exist. */
  sms?: { authToken: string; webhookUrl: string };
  /** SMS sent by the bot (reminders), through Twilio's Messages API: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM all set. */
  smsOut?: { accountSid: string; authToken: string; from: string; apiUrl: string };
  /** The bot's public base URL for links (payment, PDF); absent: http://localhost:PORT. */
  publicUrl?: string;
  production: boolean;
  /** Paybox System: the embedded sandbox (no credentials), or Paybox's preprod or production page. */
  payment: {
    mode: 'sandbox' | 'preprod' | 'production';
    site?: string;
    rang?: string;
    identifiant?: string;
    hmacKey?: string;
    /**
     * The communes' own HMAC keys, by the name of their variable (PAYBOX_HMAC_KEY_<SUFFIX>, 128
     * hexadecimal characters each): a commune file with its own merchant numbers names its
     * variable (`paybox.hmacKeyEnv`), never the key.
     */
    merchantKeys: Readonly<Record<string, string>>;
    /** Paybox's RSA public key (PEM), shipped with the bot. */
    publicKeyFile: string;
  };
  /** Scheduled jobs (node-cron patterns, Europe/Paris). */
  jobs: { enabled: boolean; invoicing: string; reconciliation: string; requestNotices: string; reminders: string; retention: string; outbox: string; linkSweep: string };
  /** The `backup` job: dated backups under `dir` (BACKUP_DIR), the `keep` newest kept; absent without BACKUP_DIR. */
  backup?: { dir: string; schedule: string; keep: number };
  /** How long a write waits for a lock held by another connection (another instance, the admin command) before the turn apologises. */
  busyTimeoutMs: number;
  /** On SIGTERM: how long requests are still served (with /healthz at 503) before the server closes. */
  shutdownGraceMs: number;
  /** Days kept after last use: transcripts (Direct Line history, conversation state, unsent papers), security (codes, links, sessions), profile (settings, remembered conversations, reminders, job runs). */
  retention: { transcriptDays: number; securityDays: number; profileDays: number };
  /** First-round days of the coming elections (YYYY-MM-DD): the bot gives each one's registration deadline. */
  electionDays: readonly string[];
  /** The chat page at /: Web Chat's bundle, the sites that may frame it, and Azure's Direct Line instead of the bot's own when a secret is set. */
  webchat: {
    bundleFile: string;
    embedOrigins: readonly string[];
    /** New chat conversations one address may open per minute. */
    tokensPerMinute: number;
    azure?: { secret: string; domain: string };
  };
  /**
   * The proxies in front of the bot (TRUST_PROXY): how many, or their addresses. The client's address
   * is then read from X-Forwarded-For through them; absent, it is the connection's own address.
   */
  trustProxy?: number | readonly string[];
  /**
   * Where attached files may be downloaded from (https, these hosts, public addresses), and the
   * deadline of one download. `testLoopback`: also http://127.0.0.1 (tests only, NODE_ENV=test).
   */
  attachments: { hosts: readonly string[]; timeoutMs: number; testLoopback: boolean };
  /** GET /metrics answers only with `Authorization: Bearer <metricsToken>`; absent, it is 404. */
  metricsToken?: string;
  /** log2 of scrypt's N for passwords: 17 (OWASP), about 1 s a hash here. */
  passwordCost: number;
  /**
   * How long after listening the date recognizer's worker starts compiling (seconds of CPU), unless a
   * turn needs it first (src/warmUps.ts): 2 s. The tests set it beyond their length.
   */
  datesWarmUpMs: number;
  /** When the repositories' prepared statements are built (db/prepared.ts): as the core opens (the server), or at their first use (the tests). */
  prepareStatements: 'start' | 'first-use';
  bot: {
    appId?: string;
    appPassword?: string;
    appType?: string;
    tenantId?: string;
    /** True when no MicrosoftAppId is set: botbuilder then checks no token on /api/messages. */
    authDisabled: boolean;
  };
}
