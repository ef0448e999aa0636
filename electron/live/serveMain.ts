// `npm run serve` runs this, bundled to dist-server/serve.mjs by scripts/serve.mjs.
import { startLiveServer } from './liveServer';
import { ServeConfigError, serveConfigFromEnv, startupMessage } from './serveConfig';

async function main(): Promise<void> {
  let config;
  try {
    config = serveConfigFromEnv(process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof ServeConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const server = await startLiveServer({
    host: config.host,
    port: config.port,
    staticRoot: config.staticRoot,
    persistenceDir: config.dataDir,
    adminToken: config.adminToken,
    trustProxy: config.trustProxy,
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    log: (message) => console.log(message),
  }).catch((error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} on ${config.host} is in use: set PORT to another one.`
        : `The live sessions server could not start: ${error.message}`,
    );
    process.exit(1);
  });
  console.log(startupMessage(config, server.url));

  let stopping = false;
  const stop = () => {
    // A second Ctrl+C does not wait for documents to be written.
    if (stopping) process.exit(1);
    stopping = true;
    console.log('Stopping: writing documents…');
    void server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
