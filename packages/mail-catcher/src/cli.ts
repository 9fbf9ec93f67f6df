import { startMailCatcher } from './index.js';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new Error(`Invalid configuration: ${name} must be an integer between 0 and 65535 (got ${JSON.stringify(raw)})`);
  }
  return port;
}

async function main(): Promise<void> {
  const catcher = await startMailCatcher({
    smtpPort: portFromEnv('MAIL_CATCHER_SMTP_PORT', 1025),
    httpPort: portFromEnv('MAIL_CATCHER_HTTP_PORT', 1080),
  });
  console.log(`Mail catcher: SMTP smtp://127.0.0.1:${catcher.smtpPort}, inbox http://127.0.0.1:${catcher.httpPort}/`);

  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    catcher.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
