import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createFailureDelay,
  delayAfterFailures,
  TooManyWaiting,
} from '../../electron/live/failureDelay';
import { documentFile } from '../../electron/live/fileDocuments';
import { documentNameBytesOf, messageTypeOf } from '../../electron/live/incomingMessages';
import { redisConnection } from '../../electron/live/liveServer';
import { hostInUrl, liveAddresses } from '../../electron/live/networkAddresses';
import { generateJoinCode, generateSecret, secretsEqual } from '../../electron/live/secrets';
import {
  redisLabel,
  serveConfigFromEnv,
  ServeConfigError,
  startupMessage,
} from '../../electron/live/serveConfig';
import { resolveStaticFile } from '../../electron/live/staticFiles';
import {
  JOIN_CODE_ALPHABET,
  MAX_PAYLOAD_BYTES,
  facilitatorCommandSchema,
  joinCodeSchema,
  liveTokenSchema,
  participantIdOfLobby,
  strategyIdOfDocument,
} from '../../shared/host/liveSchemas';

describe('join codes and secrets', () => {
  it('uses an alphabet a person cannot misread', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    for (const confusable of ['0', 'O', '1', 'I'])
      expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
  });

  it('draws six symbols, each byte picking one without bias', () => {
    expect(generateJoinCode(() => new Uint8Array([0, 31, 32, 63, 255, 7]))).toBe('A9A99H');
    const code = generateJoinCode();
    expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(new Set(Array.from({ length: 20 }, () => generateJoinCode())).size).toBeGreaterThan(15);
  });

  it('makes long secrets and compares them in full', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(secretsEqual(secret, secret)).toBe(true);
    expect(secretsEqual(secret, `${secret}x`)).toBe(false);
    expect(secretsEqual('', secret)).toBe(false);
  });

  it('reads a code typed loosely', () => {
    expect(joinCodeSchema.parse(' abc-def ')).toBe('ABCDEF');
    expect(joinCodeSchema.safeParse('ABCDE0').success).toBe(false);
    expect(joinCodeSchema.safeParse('ABCDEFG').success).toBe(false);
  });
});

describe('the token and document names', () => {
  const base = { name: ' Min-ji ', participantId: 'p-12345678' };
  it('takes exactly one credential', () => {
    expect(liveTokenSchema.parse({ ...base, code: 'ABCDEF' })).toEqual({
      code: 'ABCDEF',
      name: 'Min-ji',
      participantId: 'p-12345678',
    });
    expect(liveTokenSchema.safeParse(base).success).toBe(false);
    expect(liveTokenSchema.safeParse({ ...base, code: 'ABCDEF', hostToken: 'x' }).success).toBe(
      false,
    );
    expect(liveTokenSchema.safeParse({ ...base, adminToken: 'x', name: '' }).success).toBe(false);
    expect(
      liveTokenSchema.safeParse({ ...base, code: 'ABCDEF', participantId: 'a/b' }).success,
    ).toBe(false);
  });

  it('names strategies and lobbies, and nothing else', () => {
    expect(strategyIdOfDocument('strategy:strategy-ab12')).toBe('strategy-ab12');
    expect(strategyIdOfDocument('strategy:../x')).toBeNull();
    expect(strategyIdOfDocument('other:strategy-ab12')).toBeNull();
    expect(participantIdOfLobby('join:p-12345678')).toBe('p-12345678');
    expect(participantIdOfLobby('join:short')).toBeNull();
  });

  it('keeps documents in files named by the strategy only', () => {
    expect(documentFile('/data', 'strategy:strategy-1')).toBe(
      path.join('/data', 'strategy-1.ydoc'),
    );
    expect(documentFile('/data', 'strategy:../../etc/passwd')).toBeNull();
    expect(documentFile('/data', 'join:p-12345678')).toBeNull();
  });

  it('checks facilitator commands', () => {
    expect(facilitatorCommandSchema.safeParse({ type: 'closeSession' }).success).toBe(true);
    expect(
      facilitatorCommandSchema.safeParse({
        type: 'setRole',
        participantId: 'p-12345678',
        role: 'facilitator',
      }).success,
    ).toBe(false);
  });
});

describe('failure delay', () => {
  const refuse = () => Promise.reject(new Error('refused'));
  const accept = () => Promise.resolve('ok');

  it('doubles from 250 ms to a cap of 8 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map((n) => delayAfterFailures(n))).toEqual([
      0, 250, 500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it('pauses each refusal longer, per address, and starts again after a success', async () => {
    const sleeps: string[] = [];
    const delay = createFailureDelay({
      clock: { now: () => 0, sleep: async (ms) => void sleeps.push(`${ms}`) },
    });
    await expect(delay.attempt('a', refuse)).rejects.toThrow('refused');
    await expect(delay.attempt('a', refuse)).rejects.toThrow('refused');
    await expect(delay.attempt('b', refuse)).rejects.toThrow('refused');
    expect(sleeps).toEqual(['250', '500', '250']);
    expect(delay.nextDelay('a')).toBe(1000);
    await expect(delay.attempt('a', accept)).resolves.toBe('ok');
    expect(delay.nextDelay('a')).toBe(250);
  });

  it('takes attempts from one address in turn, so parallel guesses wait for each pause', async () => {
    const order: string[] = [];
    let release!: () => void;
    const delay = createFailureDelay({
      clock: {
        now: () => 0,
        sleep: (ms) => {
          order.push(`sleep ${ms}`);
          return ms === 250
            ? new Promise<void>((resolve) => (release = resolve))
            : Promise.resolve();
        },
      },
    });
    const first = delay.attempt('a', () => (order.push('check 1'), refuse()));
    const second = delay.attempt('a', () => (order.push('check 2'), refuse()));
    const other = delay.attempt('b', () => (order.push('check b'), accept()));
    await other;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['check 1', 'check b', 'sleep 250']);
    release();
    await expect(first).rejects.toThrow();
    await expect(second).rejects.toThrow();
    expect(order).toEqual(['check 1', 'check b', 'sleep 250', 'check 2', 'sleep 500']);
  });

  it('refuses at once an attempt with too many from its address waiting, and takes it later', async () => {
    let release!: () => void;
    const delay = createFailureDelay({
      clock: { now: () => 0, sleep: () => new Promise<void>((resolve) => (release = resolve)) },
      maxWaiting: 2,
    });
    const first = delay.attempt('a', refuse);
    const second = delay.attempt('a', accept);
    let checked = false;
    const third = delay.attempt('a', () => ((checked = true), accept()));
    await expect(third).rejects.toBeInstanceOf(TooManyWaiting);
    expect(checked).toBe(false);
    // Another address is not held up by this one's queue.
    await expect(delay.attempt('b', accept)).resolves.toBe('ok');
    release();
    await expect(first).rejects.toThrow('refused');
    await expect(second).resolves.toBe('ok');
    await expect(delay.attempt('a', accept)).resolves.toBe('ok');
  });

  it('forgets an address after a quiet while', async () => {
    let now = 0;
    const delay = createFailureDelay({
      clock: { now: () => now, sleep: async () => {} },
      forgetAfterMs: 1000,
    });
    await expect(delay.attempt('a', refuse)).rejects.toThrow();
    expect(delay.trackedAddresses()).toBe(1);
    now = 2000;
    expect(delay.trackedAddresses()).toBe(0);
    expect(delay.nextDelay('a')).toBe(250);
  });
});

describe('network addresses', () => {
  it('lists loopback first, then IPv4, then IPv6, without link-local or repeats', () => {
    const entry = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({
      address,
      family,
      internal,
      netmask: '',
      mac: '',
      cidr: null,
      ...(family === 'IPv6' ? { scopeid: 0 } : {}),
    });
    const listed = liveAddresses({
      eth0: [
        entry('fe80::1', 'IPv6', false),
        entry('2001:db8::5', 'IPv6', false),
        entry('192.168.1.20', 'IPv4', false),
      ],
      lo: [entry('::1', 'IPv6', true), entry('127.0.0.1', 'IPv4', true)],
      wlan0: [entry('10.0.0.7', 'IPv4', false), entry('192.168.1.20', 'IPv4', false)],
      down: undefined,
    } as never);
    expect(listed.map((a) => [a.address, a.interfaceName])).toEqual([
      ['127.0.0.1', 'lo'],
      ['::1', 'lo'],
      ['192.168.1.20', 'eth0'],
      ['10.0.0.7', 'wlan0'],
      ['2001:db8::5', 'eth0'],
    ]);
    expect(hostInUrl('::1')).toBe('[::1]');
    expect(hostInUrl('10.0.0.7')).toBe('10.0.0.7');
  });
});

describe('server pieces', () => {
  it('reads the type of a Hocuspocus message after its document name', () => {
    const name = new TextEncoder().encode('strategy:s');
    expect(messageTypeOf(new Uint8Array([name.length, ...name, 6, 1, 2]))).toBe(6);
    expect(messageTypeOf(new Uint8Array([name.length, ...name]))).toBeNull();
    expect(messageTypeOf(new Uint8Array([]))).toBeNull();
  });

  it('reads the bytes of the document name a message is for, and none from a cut message', () => {
    const name = new TextEncoder().encode('strategy:서울');
    const read = documentNameBytesOf(new Uint8Array([name.length, ...name, 0, 1]));
    expect(new TextDecoder().decode(read!)).toBe('strategy:서울');
    expect(documentNameBytesOf(new Uint8Array([name.length, ...name.slice(0, 4)]))).toBeNull();
    expect(documentNameBytesOf(new Uint8Array([0x80]))).toBeNull();
  });

  it('chooses a message limit well above a 5,000-node strategy', () => {
    expect(MAX_PAYLOAD_BYTES).toBeGreaterThanOrEqual(8 * 1024 * 1024);
  });

  it('reads Redis addresses', () => {
    expect(redisConnection('redis://127.0.0.1:6390')).toMatchObject({
      host: '127.0.0.1',
      port: 6390,
    });
    expect(redisConnection('rediss://user:p%40ss@cache.example:6380/2').options).toMatchObject({
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: {},
    });
    expect(() => redisConnection('http://cache.example')).toThrow(/Redis/);
    expect(redisLabel('redis://user:secret@cache.example:6380/2')).toBe(
      'redis://cache.example:6380/2',
    );
  });

  it('maps request paths to files of the app only', () => {
    const root = path.resolve('/srv/app');
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/a.js?x=1#y')).toBe(path.join(root, 'assets', 'a.js'));
    // Dot segments are resolved as a browser would, which never climbs above the root.
    expect(resolveStaticFile(root, '/../x')).toBe(path.join(root, 'x'));
    expect(resolveStaticFile(root, '/%2e%2e/x')).toBe(path.join(root, 'x'));
    for (const bad of ['/a/..%2f..%2fx', '/a%5c..%5cx', '/.env', '/%00', '/%zz'])
      expect([bad, resolveStaticFile(root, bad)]).toEqual([bad, null]);
  });
});

describe('npm run serve settings', () => {
  const secret = () => 'generated-secret-000000';
  it('defaults to this machine, port 4300, ./live-data and a fresh admin token', () => {
    expect(serveConfigFromEnv({}, '/repo', secret)).toEqual({
      host: '127.0.0.1',
      port: 4300,
      staticRoot: path.resolve('/repo/dist'),
      dataDir: path.resolve('/repo/live-data'),
      adminToken: 'generated-secret-000000',
      adminTokenGenerated: true,
      trustProxy: false,
    });
  });

  it('takes HOST, PORT, DATA_DIR, REDIS_URL, ADMIN_TOKEN and TRUST_PROXY', () => {
    const config = serveConfigFromEnv(
      {
        HOST: '0.0.0.0',
        PORT: '8080',
        DATA_DIR: '/var/lib/live',
        REDIS_URL: 'redis://cache:6379',
        ADMIN_TOKEN: 'a-chosen-admin-token',
        TRUST_PROXY: '1',
      },
      '/repo',
      secret,
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      dataDir: path.resolve('/var/lib/live'),
      redisUrl: 'redis://cache:6379',
      adminToken: 'a-chosen-admin-token',
      adminTokenGenerated: false,
      trustProxy: true,
    });
    // A token someone chose is not printed back.
    expect(startupMessage(config, 'http://0.0.0.0:8080/')).not.toContain('a-chosen-admin-token');
    expect(
      startupMessage(serveConfigFromEnv({}, '/repo', secret), 'http://127.0.0.1:4300/'),
    ).toContain('generated-secret-000000');
  });

  it('refuses a bad port or a short admin token', () => {
    expect(() => serveConfigFromEnv({ PORT: 'http' }, '/repo')).toThrow(ServeConfigError);
    expect(() => serveConfigFromEnv({ PORT: '70000' }, '/repo')).toThrow(ServeConfigError);
    expect(() => serveConfigFromEnv({ ADMIN_TOKEN: 'short' }, '/repo')).toThrow(ServeConfigError);
  });
});
