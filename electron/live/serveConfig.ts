import path from 'node:path';
import { generateSecret } from './secrets';

/** `npm run serve`'s settings, from the environment. */
export interface ServeConfig {
  host: string;
  port: number;
  staticRoot: string;
  dataDir: string;
  redisUrl?: string;
  adminToken: string;
  /** False when ADMIN_TOKEN gave it: a secret someone chose is not printed back. */
  adminTokenGenerated: boolean;
  trustProxy: boolean;
}

export const DEFAULT_SERVE_PORT = 4300;

export class ServeConfigError extends Error {}

export function serveConfigFromEnv(
  env: NodeJS.ProcessEnv,
  cwd: string,
  newSecret: () => string = generateSecret,
): ServeConfig {
  const host = env.HOST?.trim() || '127.0.0.1';
  const portText = env.PORT?.trim() || String(DEFAULT_SERVE_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new ServeConfigError(`PORT must be a port number (0–65535), not "${portText}"`);
  const given = env.ADMIN_TOKEN?.trim();
  if (given !== undefined && given !== '' && given.length < 16)
    throw new ServeConfigError('ADMIN_TOKEN must be at least 16 characters long');
  const redisUrl = env.REDIS_URL?.trim();
  return {
    host,
    port,
    staticRoot: path.resolve(cwd, env.STATIC_ROOT?.trim() || 'dist'),
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || 'live-data'),
    ...(redisUrl ? { redisUrl } : {}),
    adminToken: given || newSecret(),
    adminTokenGenerated: !given,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}

/** Redis's address without any password in it, for the console. */
export function redisLabel(redisUrl: string): string {
  try {
    const parsed = new URL(redisUrl);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'Redis';
  }
}

/** What the server says when it is up. */
export function startupMessage(config: ServeConfig, url: string): string {
  return [
    `Live sessions server at ${url} (sync at ${url.replace(/^http/, 'ws')}sync).`,
    `Documents are kept in ${config.dataDir}` +
      (config.redisUrl ? `; sessions are shared through ${redisLabel(config.redisUrl)}.` : '.'),
    `Open ${url} and start a live session from the editor. A browser hosts sessions by giving`,
    'this admin token (adminToken in its sync token):',
    config.adminTokenGenerated ? `  ${config.adminToken}` : '  the one set in ADMIN_TOKEN',
    'Ctrl+C stops the server.',
  ].join('\n');
}
